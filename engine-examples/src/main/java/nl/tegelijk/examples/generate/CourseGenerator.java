package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Location;

/**
 * Language course offers of every kind relevant to the plan start's law, sized to the estimated demand times the
 * pressure. Under Wi2013 (plan start before 2022) the A2 course and literacy are a market: each learner buys seats
 * from a provider with a DUO loan, so a provider's offer has rolling intake and room for every learner (Algemene
 * Rekenkamer 2017). Under Wi2021 the municipality contracts groups that start every few weeks. Pre-integration in
 * reception is COA's open offer: rolling and not capped. Durations and hours are assumptions (docs/GENERATOR.md).
 */
final class CourseGenerator {

    /** Standard shape of a course kind. */
    private record Shape(CourseKind kind, int durationWeeks, int hoursPerWeek, int standardSeats,
                         double childcareShare, boolean regional) {
    }

    private static final Shape PRE_INTEGRATION = new Shape(CourseKind.PRE_INTEGRATION, 16, 8, 15, 0.0, false);
    private static final Shape LITERACY = new Shape(CourseKind.LITERACY, 40, 12, 12, 0.5, false);
    private static final Shape A2 = new Shape(CourseKind.A2_COURSE, 52, 12, 15, 0.2, false);
    private static final Shape B1 = new Shape(CourseKind.B1_ROUTE, 78, 12, 15, 0.2, false);
    private static final Shape Z = new Shape(CourseKind.Z_ROUTE, 52, 8, 12, 0.5, false);
    private static final Shape EDUCATION = new Shape(CourseKind.EDUCATION_ROUTE, 60, 26, 16, 0.0, true);
    private static final Shape NT2 = new Shape(CourseKind.NT2_ADULT_EDUCATION, 40, 6, 15, 0.0, true);

    private final GeneratorSettings settings;
    private final MunicipalityMap map;
    private final Draw draw;
    private final List<CourseGroup> groups = new ArrayList<>();

    /** Weeks between the starts of a contracted Wi2021 group (assumption: a new group about every six weeks). */
    static final int CONTRACT_START_INTERVAL_WEEKS = 6;
    /** Providers on the Wi2013 market in and around the municipality (assumption). */
    private static final int MARKET_PROVIDERS = 3;

    private CourseGenerator(GeneratorSettings settings, MunicipalityMap map, Draw draw) {
        this.settings = settings;
        this.map = map;
        this.draw = draw;
    }

    static List<CourseGroup> courseGroups(GeneratorSettings settings, MunicipalityMap map, Demand demand, Draw draw) {
        CourseGenerator g = new CourseGenerator(settings, map, draw);
        g.open(PRE_INTEGRATION, map.allReception());
        if (settings.wi2021()) {
            g.add(LITERACY, demand.illiterateAdults(), map.allDistricts());
            g.add(B1, demand.b1RouteLearners(), map.allDistricts());
            g.add(Z, demand.zRouteLearners(), map.allDistricts());
            g.add(EDUCATION, demand.educationRouteLearners(), map.regional());
        } else {
            g.market(LITERACY, demand.illiterateAdults(), map.allDistricts());
            g.market(A2, demand.a2Learners(), map.allDistricts());
        }
        g.add(NT2, demand.nonObligedAdults(), map.regional());
        return List.copyOf(g.groups);
    }

    private void add(Shape shape, long learners, List<Location> places) {
        double wanted = learners * settings.pressure().capacityFactor();
        int lastOffset = (int) Math.round(12 * settings.pressure().releaseSpan());
        int usable = Math.max(shape.durationWeeks(), settings.horizonWeeks() - lastOffset / 2);
        Capacity.Sizing sizing = Capacity.size(wanted, shape.standardSeats(), shape.durationWeeks(), usable);
        for (int i = 0; i < sizing.groups(); i++) {
            // the first group of a local kind is regional when the region shares it; regional kinds always are
            Location where = shape.regional() || (i == 1 && sizing.groups() > 2)
                    ? map.regional().get(i % map.regional().size())
                    : places.get((groups.size() + i) % places.size());
            LocalDate from = settings.planStart().plusWeeks(draw.between(0, lastOffset));
            List<LocalDate> cohorts = Capacity.cohortStarts(from, CONTRACT_START_INTERVAL_WEEKS, settings.horizonEnd());
            boolean childcare = draw.chance(shape.childcareShare());
            groups.add(new CourseGroup(String.format("C-%03d", groups.size() + 1), shape.kind(), where.id(), from,
                    false, cohorts, shape.durationWeeks(), shape.hoursPerWeek(), sizing.seatsPerGroup(),
                    childcare));
        }
    }

    /**
     * An open offer: one group at every place, rolling from the plan start and not capped. COA offers pre-integration
     * to every permit holder in reception (Rva 2005 art. 9a) and no published figure caps it, so neither does the
     * scenario (issue 11: not rationed unless the scenario says so); the pressure does not apply.
     */
    private void open(Shape shape, List<Location> places) {
        for (Location where : places) {
            groups.add(new CourseGroup(String.format("C-%03d", groups.size() + 1), shape.kind(), where.id(),
                    settings.planStart(), true, List.of(), shape.durationWeeks(), shape.hoursPerWeek(),
                    Optional.empty(), draw.chance(shape.childcareShare())));
        }
    }

    /**
     * A market offer: {@value #MARKET_PROVIDERS} providers, each with rolling intake from the plan start and seats for
     * every learner who may come during the horizon (the market is not the bottleneck), times the pressure.
     */
    private void market(Shape shape, long learners, List<Location> places) {
        int seats = (int) Math.max(1, Math.ceil(learners * settings.pressure().capacityFactor() / MARKET_PROVIDERS));
        for (int i = 0; i < MARKET_PROVIDERS; i++) {
            Location where = places.get((groups.size() + i) % places.size());
            groups.add(new CourseGroup(String.format("C-%03d", groups.size() + 1), shape.kind(), where.id(),
                    settings.planStart(), true, List.of(), shape.durationWeeks(), shape.hoursPerWeek(), seats,
                    draw.chance(shape.childcareShare())));
        }
    }
}
