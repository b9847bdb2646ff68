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
        List<Dwelling> dwellings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // walk the waiting households in order, so that every size is covered before any is repeated
            Household model = waiting.isEmpty() ? null : waiting.get(i % waiting.size());
            int size = model == null ? draw.between(1, 4) : demand.sizeOf(model);
            int rooms = Math.min(6, PersonFactory.minimumRooms(size) + (draw.chance(0.25) ? 1 : 0));
            int maxOccupants = Math.max(size, 2 * rooms - 1);
            boolean accessible = (model != null && model.needsAccessibleDwelling()) || draw.chance(0.03);
            LocalDate free = allocationMonth(settings, model == null ? settings.planStart() : demand.linkedOn(model),
                    i >= waiting.size(), draw);
            if (free.isAfter(settings.horizonEnd())) {
                continue; // allocated after the horizon: not in view
            }
            Location location = district(map, model, draw);
            dwellings.add(new Dwelling(String.format("D-%04d", dwellings.size() + 1), location.id(), free, rooms,
                    maxOccupants, accessible));
        }
        return dwellings;
    }

    /**
     * The first day of the month in which the corporations allocate a dwelling for a household linked on
     * {@code linked}: the preset's weeks from linking to a dwelling (docs/GENERATOR.md), never before the plan start;
     * a household already waiting on the plan start gets one within its first weeks at the earliest. An extra
     * dwelling (relaxed pressure) is free at a random month of the horizon.
     */
    private static LocalDate allocationMonth(GeneratorSettings settings, LocalDate linked, boolean extra, Draw draw) {
        LocalDate start = settings.planStart();
        LocalDate free;
        if (extra) {
            free = start.plusWeeks(draw.between(0, settings.horizonWeeks() - 1));
        } else {
            int[] lag = weeksFromLinkingToDwelling(settings.preset());
            free = linked.plusWeeks(draw.between(lag[0], lag[1]));
            LocalDate earliest = start.plusWeeks(draw.between(0, 8));
            if (free.isBefore(earliest)) {
                free = earliest;
            }
        }
        LocalDate month = free.withDayOfMonth(1);
        return month.isBefore(start) ? start : month;
    }

    /**
     * Weeks from linking to the month a dwelling is allocated, lowest and highest (uniform): 12–30 for Zaanstad 2016
     * (permit to dwelling about 5–6 months in 2017 with COA's 2 weeks to link), 26–50 for Zaanstad 2025 (about 40
     * weeks), 6–14 generic (the 10 weeks of the 14-week norm, HV-KOPPEL-01).
     */
    static int[] weeksFromLinkingToDwelling(ResourcePreset preset) {
        return switch (preset) {
            case ZAANSTAD_2016 -> new int[] {12, 30};
            case ZAANSTAD_2025 -> new int[] {26, 50};
            case GENERIC -> new int[] {6, 14};
        };
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
