package nl.tegelijk.planning;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolKind;
import nl.tegelijk.planning.validation.PlanValidator;

class PlannerProperties {

    private static final Planner PLANNER = Planner.create();

    @Property(seed = "20261201", tries = 25)
    void solvedPlansOfSmallProblemsBreakNoHardRule(@ForAll @IntRange(min = 1, max = 6) int households,
                                                   @ForAll @IntRange(min = 0, max = 4) int dwellings,
                                                   @ForAll @IntRange(min = 1, max = 3) int seats,
                                                   @ForAll @IntRange(min = 0, max = 2) int slots,
                                                   @ForAll @IntRange(min = 8, max = 30) int hoursLimit,
                                                   @ForAll @IntRange(min = 0, max = 1000) int seed) {
        List<Household> hs = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        for (int h = 0; h < households; h++) {
            hs.add(household("h" + h));
            int size = 1 + (seed + h) % 3;
            for (int m = 0; m < size; m++) {
                String id = "p" + h + "_" + m;
                if (m == 2) {
                    persons.add(child(id, "h" + h, 10));
                    assessments.add(assessment(id, hoursLimit, housing(h % 3),
                            school(h % 3, 12, SchoolKind.PRIMARY_NEWCOMER_CLASS)));
                } else {
                    persons.add(adult(id, "h" + h, m == 0 ? CefrLevel.A2 : CefrLevel.NONE, "care"));
                    assessments.add(assessment(id, hoursLimit, housing(h % 4), language(h % 5, CourseKind.B1_ROUTE),
                            work(h % 6, PlacementKind.TRAINEESHIP, PlacementKind.VOLUNTEER_WORK)));
                }
            }
        }
        List<Dwelling> ds = new ArrayList<>();
        for (int d = 0; d < dwellings; d++) {
            ds.add(dwelling("d" + d, d * 3, 1 + d % 3, 1 + (d + seed) % 4));
        }
        List<CourseGroup> courses = List.of(course("c", CourseKind.B1_ROUTE, seats, 12, 12),
                cohortCourse("k", CourseKind.B1_ROUTE, seats, 10, 15, 4, 12));
        List<Placement> placements = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            placements.add(placement("w" + s, s == 0 ? PlacementKind.TRAINEESHIP : PlacementKind.VOLUNTEER_WORK,
                    "care", CefrLevel.A1, 1, 8 + 4 * s, 10));
        }
        Scenario scenario = scenario(26, hs, persons, ds, courses,
                List.of(school("prim", SchoolKind.PRIMARY_NEWCOMER_CLASS, 4, 12, 1)), placements,
                List.of(new HousingQuota(2016, 1, 5)));

        Plan plan = PLANNER.plan(scenario, assessments, PlanOptions.moves(3000, seed)
                .withWarmStart(seed % 2 == 0 ? PlanOptions.WarmStart.NONE : PlanOptions.WarmStart.GREEDY_PARALLEL)
                .withExplainPerPerson(false));

        Statistics.collect(plan.unplanned().isEmpty() ? "all planned" : "overconstrained");
        assertThat(PlanValidator.validate(scenario, assessments, plan)).isEmpty();
        assertThat(plan.score().feasible()).isTrue();
    }
}
