package nl.tegelijk.planning.domain;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Scenario;
import org.junit.jupiter.api.Test;

class GreedySchedulerTest {

    /** One course seat; "a" waits for a dwelling free from week 20, "b" waits for no dwelling. */
    private static final Scenario ONE_SEAT = scenario(52, List.of(household("ha"), household("hb")),
            List.of(adult("a", "ha", CefrLevel.NONE), adult("b", "hb", CefrLevel.NONE)),
            List.of(dwelling("d", 20, 1, 1)), List.of(course("c", CourseKind.B1_ROUTE, 1, 10, 12)), List.of(),
            List.of(), List.of());
    private static final List<Assessment> ASSESSMENTS = List.of(
            assessment("a", 32, housing(0), language(0, CourseKind.B1_ROUTE)),
            assessment("b", 32, language(0, CourseKind.B1_ROUTE)));

    private static int languageStart(PlanningProblem problem, String person) {
        return problem.schedule().getAssignments().stream().filter(t -> t.getId().equals(TrackAssignment.idOf(TrackKind.LANGUAGE, person, "WI21-ROUTE-B1")))
                .findFirst().orElseThrow().getSlot().startWeek();
    }

    private static PlanningProblem run(GreedyScheduler.Policy policy) {
        PlanningProblem problem = ProblemBuilder.build(ONE_SEAT, ASSESSMENTS);
        new GreedyScheduler(problem).run(policy);
        return problem;
    }

    @Test
    void parallelGivesTheSeatInArrivalOrder() {
        PlanningProblem problem = run(GreedyScheduler.Policy.PARALLEL);

        assertThat(languageStart(problem, "a")).isZero();
        assertThat(languageStart(problem, "b")).isEqualTo(10);
    }

    @Test
    void leastSlackGivesTheSeatFirstToWhoWaitsForNoDwelling() {
        PlanningProblem problem = run(GreedyScheduler.Policy.LEAST_SLACK);

        // b takes part in everything from week 0; a's course still starts before a moves in (week 20).
        assertThat(languageStart(problem, "b")).isZero();
        assertThat(languageStart(problem, "a")).isEqualTo(10);
    }

    /**
     * A traineeship that asks A2 Dutch of someone who arrives without any: one step per 26 course weeks in the B1
     * course from week 0 (DutchProgress), so from week 52 and not before, though the seat and the hours fit at once.
     */
    @Test
    void aPlacementThatAsksMoreDutchStartsTheWeekTheCourseHasTaughtEnough() {
        Scenario scenario = scenario(104, List.of(household("h")), List.of(adult("p", "h", CefrLevel.NONE)),
                List.of(), List.of(course("c", CourseKind.B1_ROUTE, 1, 80, 12)), List.of(),
                List.of(placement("t", nl.tegelijk.model.PlacementKind.TRAINEESHIP, "care", CefrLevel.A2, 1, 16, 20)),
                List.of());
        PlanningProblem problem = ProblemBuilder.build(scenario, List.of(
                assessment("p", 40, language(0, CourseKind.B1_ROUTE),
                        work(0, nl.tegelijk.model.PlacementKind.TRAINEESHIP))));

        new GreedyScheduler(problem).run(GreedyScheduler.Policy.PARALLEL);

        TrackAssignment traineeship = problem.schedule().getAssignments().stream()
                .filter(t -> t.getTrack() == TrackKind.WORK).findFirst().orElseThrow();
        assertThat(traineeship.getSlot().startWeek()).isEqualTo(52);
    }
}
