package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.PlacementKind;

/**
 * Work and participation placements from employers and volunteer organisations, with sectors that follow the skill
 * mix, minimum Dutch levels and hours: vacancies and traineeships open during the horizon as capacity, volunteer work
 * and social participation are not capped. Shares are in docs/GENERATOR.md (DOMAIN.md 8.4 for work).
 */
final class PlacementGenerator {

    private final GeneratorSettings settings;
    private final MunicipalityMap map;
    private final Demand demand;
    private final Draw draw;
    private final List<Placement> placements = new ArrayList<>();

    private PlacementGenerator(GeneratorSettings settings, MunicipalityMap map, Demand demand, Draw draw) {
        this.settings = settings;
        this.map = map;
        this.demand = demand;
        this.draw = draw;
    }

    static List<Placement> placements(GeneratorSettings settings, MunicipalityMap map, Demand demand, Draw draw) {
        PlacementGenerator g = new PlacementGenerator(settings, map, demand, draw);
        long permitAdults = demand.workingAgePermitHolders();
        List<String> receptionIds = map.allReception().stream().map(Location::id).toList();
        g.vacancies(PlacementKind.PAID_JOB, employedShare(settings.preset()) * permitAdults, 52, 24, 38, 1, 4);
        g.vacancies(PlacementKind.TRAINEESHIP, 0.10 * permitAdults, 26, 16, 32, 1, 3);
        g.open(PlacementKind.VOLUNTEER_WORK, 26, 4, 12);
        if (settings.wi2021()) {
            g.add(PlacementKind.LABOUR_MARKET_MODULE, 0.60 * permitAdults, 12, 4, 4, 10, 15);
        }
        g.add(PlacementKind.RECEPTION_CENTRE_WORK, 0.30 * demand.adultsInReception(receptionIds), 26, 8, 12, 5, 10);
        g.open(PlacementKind.SOCIAL_PARTICIPATION, 26, 2, 6);
        return List.copyOf(g.placements);
    }

    /**
     * Paid jobs offered over the horizon per working-age permit holder: 8 % in 2016 (between the 4 % after 1.5 and
     * the 11 % after 2.5 years of the 2014 cohort, CBS), 15 % in 2025 (7.8 % after 1 year for the 2021 cohort, almost
     * 20 % after 2.5 years for the 2019 cohort, CBS), 12 % generic (assumption between the two).
     */
    static double employedShare(ResourcePreset preset) {
        return switch (preset) {
            case ZAANSTAD_2016 -> 0.08;
            case ZAANSTAD_2025 -> 0.15;
            case GENERIC -> 0.12;
        };
    }

    /** Volunteer organisations per kind that take anyone who comes (assumption). */
    private static final int OPEN_ORGANISATIONS = 5;

    /**
     * Volunteer work or social participation as an open offer: {@value #OPEN_ORGANISATIONS} organisations that state
     * no cap, open from the plan start (issue 11: not rationed unless the scenario says so; no published figure caps
     * them); the pressure does not apply.
     */
    private void open(PlacementKind kind, int durationWeeks, int minHours, int maxHours) {
        for (int i = 0; i < OPEN_ORGANISATIONS; i++) {
            placements.add(new Placement(String.format("W-%04d", placements.size() + 1), kind, sector(kind),
                    minimumDutch(kind), draw.between(minHours, maxHours), Optional.empty(),
                    settings.planStart(), durationWeeks, location(kind).id()));
        }
    }

    /**
     * Vacancies and traineeships as capacity that opens month by month: each opens on a Monday between week 8 and
     * the last week in which its duration still starts within the horizon.
     */
    private void vacancies(PlacementKind kind, double persons, int durationWeeks, int minHours, int maxHours,
                           int minSlots, int maxSlots) {
        double wanted = persons * settings.pressure().capacityFactor();
        int latest = Math.max(8, settings.horizonWeeks() - durationWeeks / 2);
        int offered = 0;
        while (offered < wanted) {
            int slots = Math.max(1, Math.min(draw.between(minSlots, maxSlots), (int) Math.ceil(wanted - offered)));
            LocalDate from = settings.planStart().plusWeeks(draw.between(Math.min(8, latest), latest));
            placements.add(new Placement(String.format("W-%04d", placements.size() + 1), kind, sector(kind),
                    minimumDutch(kind), draw.between(minHours, maxHours), slots, from, durationWeeks,
                    location(kind).id()));
            offered += slots;
        }
    }

    private void add(PlacementKind kind, double persons, int durationWeeks, int minHours, int maxHours,
                     int minSlots, int maxSlots) {
        double wanted = persons * settings.pressure().capacityFactor();
        double turns = Math.max(1.0, (double) settings.horizonWeeks() / durationWeeks);
        double slotsNeeded = Math.max(1.0, wanted / turns);
        int releaseWeeks = Math.max(1, (int) Math.round(settings.horizonWeeks() * settings.pressure().releaseSpan()));
        int offered = 0;
        while (offered < slotsNeeded) {
            int slots = Math.min(draw.between(minSlots, maxSlots), (int) Math.ceil(slotsNeeded - offered));
            LocalDate from = settings.planStart().plusWeeks(draw.between(0, releaseWeeks / 2));
            int hours = draw.between(minHours, maxHours);
            placements.add(new Placement(String.format("W-%04d", placements.size() + 1), kind, sector(kind),
                    minimumDutch(kind), hours, Math.max(1, slots), from, durationWeeks, location(kind).id()));
            offered += Math.max(1, slots);
        }
    }

    private String sector(PlacementKind kind) {
        return switch (kind) {
            case PAID_JOB, TRAINEESHIP -> demand.sectorFromSkills(draw);
            case VOLUNTEER_WORK -> draw.pick(List.of("care", "education", "hospitality", "community", "retail"));
            case LABOUR_MARKET_MODULE -> "labour-market orientation";
            case RECEPTION_CENTRE_WORK -> "reception centre";
            case SOCIAL_PARTICIPATION -> "community";
        };
    }

    /** Paid jobs: 40 % need no Dutch, 30 % A1, 30 % A2 (assumption); traineeships A1; the rest none. */
    private CefrLevel minimumDutch(PlacementKind kind) {
        return switch (kind) {
            case PAID_JOB -> {
                double u = draw.uniform();
                yield u < 0.4 ? CefrLevel.NONE : u < 0.7 ? CefrLevel.A1 : CefrLevel.A2;
            }
            case TRAINEESHIP -> CefrLevel.A1;
            default -> CefrLevel.NONE;
        };
    }

    private Location location(PlacementKind kind) {
        if (kind == PlacementKind.RECEPTION_CENTRE_WORK) {
            return draw.pick(map.allReception());
        }
        if (kind == PlacementKind.PAID_JOB && draw.chance(0.15)) {
            return draw.pick(map.regional());
        }
        return draw.pick(map.allDistricts());
    }
}
