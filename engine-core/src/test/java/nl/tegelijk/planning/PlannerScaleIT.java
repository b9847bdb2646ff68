package nl.tegelijk.planning;

import static nl.tegelijk.planning.support.TestData.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.model.SchoolKind;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.baseline.GreedyParallelPlanner;
import nl.tegelijk.planning.baseline.SequentialPlanner;
import nl.tegelijk.planning.validation.PlanValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A quick scale check to run by hand (not in the default build):
 * {@code mvn -o -pl engine-core verify -Dtest=PlannerScaleIT -Dsurefire.failIfNoSpecifiedTests=false -Dscale.persons=2000}.
 * Prints time to first feasible, the headline against both baselines and the validator's verdict; asserts nothing
 * about speed.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class PlannerScaleIT {

    @Test
    void syntheticProblem() {
        int persons = Integer.getInteger("scale.persons", 2000);
        int seconds = Integer.getInteger("scale.seconds", 20);
        Random random = new Random(42);
        List<Household> households = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        int h = 0;
        while (people.size() < persons) {
            String hid = "h" + h++;
            households.add(household(hid));
            int size = 1 + random.nextInt(4);
            int arrival = random.nextInt(40);
            for (int m = 0; m < size && people.size() < persons; m++) {
                String id = hid + "_" + m;
                if (m >= 2) {
                    people.add(child(id, hid, 6 + random.nextInt(10)));
                    int age = people.get(people.size() - 1).ageOn(START);
                    assessments.add(assessment(id, 32, housing(arrival), school(arrival, arrival + 12,
                            age < 12 ? SchoolKind.PRIMARY_NEWCOMER_CLASS : SchoolKind.ISK)));
                } else {
                    people.add(adult(id, hid, CefrLevel.values()[random.nextInt(3)],
                            random.nextBoolean() ? "care" : "construction"));
                    assessments.add(assessment(id, 32, housing(arrival), language(arrival, CourseKind.B1_ROUTE,
                            CourseKind.Z_ROUTE), work(arrival + 4, PlacementKind.TRAINEESHIP,
                            PlacementKind.VOLUNTEER_WORK, PlacementKind.LABOUR_MARKET_MODULE)));
                }
            }
        }
        List<Dwelling> dwellings = new ArrayList<>();
        for (int d = 0; d < households.size() * 9 / 10; d++) {
            dwellings.add(dwelling("d" + d, random.nextInt(60), 1 + random.nextInt(4), 1 + random.nextInt(5)));
        }
        List<CourseGroup> courses = new ArrayList<>();
        for (int c = 0; c < Math.max(1, persons / 60); c++) {
            courses.add(c % 2 == 0 ? course("c" + c, CourseKind.B1_ROUTE, 16, 40, 12)
                    : cohortCourse("c" + c, c % 4 == 1 ? CourseKind.Z_ROUTE : CourseKind.B1_ROUTE, 16, 30, 10,
                    0, 10, 20, 30, 40, 50, 60, 70));
        }
        List<SchoolClass> schools = new ArrayList<>();
        for (int s = 0; s < Math.max(1, persons / 80); s++) {
            schools.add(s % 2 == 0 ? school("s" + s, SchoolKind.PRIMARY_NEWCOMER_CLASS, 4, 12, 15)
                    : school("s" + s, SchoolKind.ISK, 12, 18, 15));
        }
        List<Placement> placements = new ArrayList<>();
        PlacementKind[] kinds = {PlacementKind.TRAINEESHIP, PlacementKind.VOLUNTEER_WORK,
            PlacementKind.LABOUR_MARKET_MODULE};
        for (int p = 0; p < Math.max(1, persons / 40); p++) {
            placements.add(placement("w" + p, kinds[p % 3], p % 2 == 0 ? "care" : "construction",
                    CefrLevel.values()[p % 2], 4, 8 + 4 * (p % 3), 26));
        }
        Scenario scenario = scenario(104, households, people, dwellings, courses, schools, placements,
                List.of(new HousingQuota(2016, 1, persons / 4), new HousingQuota(2016, 2, persons / 4),
                        new HousingQuota(2017, 1, persons / 4), new HousingQuota(2017, 2, persons / 4)));

        long[] firstFeasible = {-1};
        long started = System.nanoTime();
        Plan plan = Planner.create().plan(scenario, assessments, PlanOptions.defaults()
                .withTimeLimit(Duration.ofSeconds(seconds)).withoutUnimprovedTimeLimit()
                .withExplainPerPerson(false)
                .withProgressListener(p -> {
                    if (firstFeasible[0] < 0 && p.bestScore().feasible()) {
                        firstFeasible[0] = (System.nanoTime() - started) / 1_000_000;
                    }
                }));
        long total = (System.nanoTime() - started) / 1_000_000;
        Plan sequential = SequentialPlanner.plan(scenario, assessments);
        Plan greedy = GreedyParallelPlanner.plan(scenario, assessments);
        System.out.printf("persons %d, households %d, time to first feasible %d ms, total %d ms, score %s%n",
                persons, households.size(), firstFeasible[0], total, plan.score().asText());
        for (Plan p : List.of(plan, greedy, sequential)) {
            PlanMetrics m = PlanMetrics.of(scenario, assessments, p);
            System.out.printf("%-16s mean %.1f p90 %d fully planned %d/%d unplanned %s score %s%n", p.method(),
                    m.meanWeeksToFullParticipation(), m.p90WeeksToFullParticipation(), m.personsFullyPlanned(),
                    m.persons(), m.unplannedByReason(), p.score().asText());
        }
        System.out.println("validator violations: " + PlanValidator.validate(scenario, assessments, plan).size());
    }
}
