package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Location;

/**
 * Corporation dwellings for the households that wait for one, sized to the household-size mix and becoming free over
 * the horizon. None in districts left out of {@link MunicipalityMap#housingDistricts()}.
 */
final class DwellingGenerator {
    private DwellingGenerator() {
    }

    static List<Dwelling> dwellings(GeneratorSettings settings, MunicipalityMap map, Demand demand, Draw draw) {
        List<Household> waiting = demand.waitingHouseholds();
        int count = Math.max(1, (int) Math.round(waiting.size() * settings.pressure().capacityFactor()));
        int releaseWeeks = Math.max(1, (int) Math.round(settings.horizonWeeks() * settings.pressure().releaseSpan()));
        List<Dwelling> dwellings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // walk the waiting households in order, so that every size is covered before any is repeated
            Household model = waiting.isEmpty() ? null : waiting.get(i % waiting.size());
            int size = model == null ? draw.between(1, 4) : demand.sizeOf(model);
            int rooms = Math.min(6, PersonFactory.minimumRooms(size) + (draw.chance(0.25) ? 1 : 0));
            int maxOccupants = Math.max(size, 2 * rooms - 1);
            boolean accessible = (model != null && model.needsAccessibleDwelling()) || draw.chance(0.03);
            LocalDate free = settings.planStart().plusWeeks(draw.between(0, releaseWeeks - 1))
                    .plusDays(draw.between(0, 4));
            Location location = district(map, model, draw);
            dwellings.add(new Dwelling(String.format("D-%04d", i + 1), location.id(), free, rooms, maxOccupants,
                    accessible));
        }
        return dwellings;
    }

    private static Location district(MunicipalityMap map, Household model, Draw draw) {
        if (model != null && model.preferredDistrict().isPresent() && draw.chance(0.5)) {
            String preferred = model.preferredDistrict().get();
            for (Location l : map.housingDistricts()) {
                if (l.district().equals(preferred)) {
                    return l;
                }
            }
        }
        return draw.pick(map.housingDistricts());
    }
}
