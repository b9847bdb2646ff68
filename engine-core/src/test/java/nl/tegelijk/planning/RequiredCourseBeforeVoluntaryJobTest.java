package nl.tegelijk.planning;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.validation.PlanValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A person's voluntary job must not hold their weekly hours against their legal course (zaanstad-2016: an asylum
 * seeker's 35-hour job from week 49 put the A2 course off to week 73). The job opens at the plan start, the course in
 * week 2; 12 + 35 hours exceed the 40-hour week, so the greedy warm start, taking the job first, puts the course after
 * the job. Local search's make-room move (EarlyStartMoveFactory) starts the course in week 2 and takes the job out;
 * other moves then place the job after the course.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class RequiredCourseBeforeVoluntaryJobTest {

    private static final String COURSE = "WI13-DUTY-01";
    private static final String JOB = "WORK-AS-02a";

    private static Scenario onePersonOneCourseOneJob() {
        return scenario(60, List.of(household("h1")), List.of(adult("a", "h1", CefrLevel.NONE)), List.of(),
                List.of(course("a2", CourseKind.A2_COURSE, 10, 20, 12)), List.of(),
                List.of(placement("job", PlacementKind.PAID_JOB, "logistics", CefrLevel.NONE, 1, 35, 24)), List.of());
    }

    private static List<Assessment> assessments() {
        return List.of(assessment("a", 40,
                new TrackRequirement(TrackKind.LANGUAGE, week(2), Optional.empty(), Set.of(CourseKind.A2_COURSE),
                        Set.of(), Set.of(), false, COURSE),
                new TrackRequirement(TrackKind.WORK, START, Optional.empty(), Set.of(), Set.of(),
                        Set.of(PlacementKind.PAID_JOB), true, JOB, Optional.of(24), false)));
    }

    private static int start(Plan plan, String ruleId) {
        return plan.tracks().stream().filter(t -> t.ruleId().equals(ruleId)).findFirst().orElseThrow().startWeek();
    }

    @Test
    void theGreedyWarmStartLetsTheJobHoldBackTheCourse() {
        Plan greedy = nl.tegelijk.planning.baseline.GreedyParallelPlanner.plan(onePersonOneCourseOneJob(), assessments());
        assertThat(start(greedy, JOB)).isZero();
        assertThat(start(greedy, COURSE)).isEqualTo(24);
    }

    @Test
    void theLegalCourseStartsInItsFirstWeekAndTheJobAfterIt() {
        Plan plan = Planner.create().plan(onePersonOneCourseOneJob(), assessments(),
                PlanOptions.moves(200, 1).withChecking(PlanOptions.Checking.FULL));
        assertThat(PlanValidator.validate(onePersonOneCourseOneJob(), assessments(), plan)).isEmpty();
        assertThat(start(plan, COURSE)).isEqualTo(2);
        assertThat(start(plan, JOB)).isGreaterThanOrEqualTo(22);
    }
}
