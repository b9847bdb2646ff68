package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.model.SchoolKind;

/**
 * School places: newcomer classes in primary school (4–12) and ISK (12–18) with continuous intake, so that children
 * can start within three months of arrival (EDU-ASYL-01), adult education and vocational education with intakes in
 * September (and February), with seats from the estimated demand times the pressure. Durations and hours are assumptions (docs/GENERATOR.md).
 */
final class SchoolGenerator {

    private record Shape(SchoolKind kind, int minAge, int maxAge, int durationWeeks, int hoursPerWeek,
                         int standardSeats, boolean rolling, boolean february) {
    }

    private static final Shape PRIMARY = new Shape(SchoolKind.PRIMARY_NEWCOMER_CLASS, 4, 12, 52, 22, 15, true, true);
    private static final Shape ISK = new Shape(SchoolKind.ISK, 12, 18, 78, 26, 16, true, true);
    private static final Shape ADULT = new Shape(SchoolKind.ADULT_EDUCATION, 18, 66, 40, 8, 15, false, true);
    private static final Shape VOCATIONAL = new Shape(SchoolKind.VOCATIONAL, 16, 30, 52, 24, 20, false, false);

    private SchoolGenerator() {
    }

    static List<SchoolClass> schoolClasses(GeneratorSettings settings, MunicipalityMap map, Demand demand,
                                           Draw draw) {
        List<SchoolClass> classes = new ArrayList<>();
        List<Location> primaryPlaces = new ArrayList<>(map.localReception()); // an AZC school first
        primaryPlaces.addAll(map.allDistricts());
        add(classes, PRIMARY, demand.primaryPupils(), primaryPlaces, settings, draw);
        add(classes, ISK, demand.iskPupils(), map.allDistricts(), settings, draw);
        add(classes, ADULT, demand.adultEducationLearners(), map.regional(), settings, draw);
        add(classes, VOCATIONAL, demand.vocationalLearners(), map.regional(), settings, draw);
        return List.copyOf(classes);
    }

    private static void add(List<SchoolClass> classes, Shape shape, long learners, List<Location> places,
                            GeneratorSettings settings, Draw draw) {
        double wanted = learners * settings.pressure().capacityFactor();
        Capacity.Sizing sizing = Capacity.size(wanted, shape.standardSeats(), shape.durationWeeks(),
                settings.horizonWeeks());
        for (int i = 0; i < sizing.groups(); i++) {
            Location where = places.get(i % places.size());
            LocalDate from = settings.planStart().plusWeeks(draw.between(0, 2));
            boolean rolling = shape.rolling();
            List<LocalDate> intakes = rolling ? List.of()
                    : Capacity.schoolIntakes(from, settings.horizonEnd(), shape.february());
            if (!rolling && intakes.isEmpty()) {
                intakes = List.of(from);
            }
            classes.add(new SchoolClass(String.format("S-%03d", classes.size() + 1), shape.kind(), where.id(),
                    shape.minAge(), shape.maxAge(), sizing.seatsPerGroup(), from, rolling, intakes,
                    shape.durationWeeks(), shape.hoursPerWeek()));
        }
    }
}
