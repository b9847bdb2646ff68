package nl.tegelijk.planning.baseline;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.validation.PlanValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BaselinesTest {

    @Test
    void sequentialStartsTheCourseOnlyAfterMovingInAndWorkAfterTheCourse() {
        Plan plan = SequentialPlanner.plan(family(), familyAssessments());

        assertThat(PlanValidator.validate(family(), familyAssessments(), plan)).isEmpty();
        assertThat(plan.method()).isEqualTo(PlanMethod.SEQUENTIAL);
        TrackPlacement course = find(plan, "a2", TrackKind.LANGUAGE);
        assertThat(course.startWeek()).isGreaterThanOrEqualTo(4);
        TrackPlacement work = find(plan, "b1", TrackKind.WORK);
        assertThat(work.startWeek()).isEqualTo(find(plan, "b1", TrackKind.LANGUAGE).endWeek());
        // First come first served: b1 (earliest week 0) holds the one traineeship slot, a1 is left without.
        assertThat(plan.unplanned()).extracting(u -> u.subjectId() + "/" + u.track()).containsExactly("a1/WORK");
        // The child's school does not wait for the dwelling (EDU-ASYL-01).
        assertThat(find(plan, "c1", TrackKind.EDUCATION).startWeek()).isZero();
    }

    @Test
    void greedyParallelStartsEveryTrackAsEarlyAsCapacityAllows() {
        Plan plan = GreedyParallelPlanner.plan(family(), familyAssessments());

        assertThat(PlanValidator.validate(family(), familyAssessments(), plan)).isEmpty();
        assertThat(find(plan, "a1", TrackKind.LANGUAGE).startWeek()).isZero();
        assertThat(find(plan, "a2", TrackKind.LANGUAGE).startWeek()).isZero();
        // The course has two seats: b1 (earliest week 1) waits until a seat frees up in week 20.
        assertThat(find(plan, "b1", TrackKind.LANGUAGE).startWeek()).isEqualTo(20);
    }

    @Test
    void parallelReachesFullParticipationSoonerThanSequential() {
        PlanMetrics sequential = PlanMetrics.of(family(), familyAssessments(),
                SequentialPlanner.plan(family(), familyAssessments()));
        PlanMetrics parallel = PlanMetrics.of(family(), familyAssessments(),
                GreedyParallelPlanner.plan(family(), familyAssessments()));

        assertThat(parallel.meanWeeksToFullParticipation()).isLessThan(sequential.meanWeeksToFullParticipation());
        assertThat(parallel.persons()).isEqualTo(4);
    }

    private static TrackPlacement find(Plan plan, String person, TrackKind track) {
        return plan.tracks().stream().filter(t -> t.personId().equals(person) && t.track() == track).findFirst()
                .orElseThrow();
    }
}
