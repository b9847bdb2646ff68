package nl.tegelijk.monitoring;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanScore;
import nl.tegelijk.planning.ScoreExplanation;
import nl.tegelijk.planning.TrackPlacement;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanFigures#paidWorkWithinWeeksOfPermit(int)} on a hand-made plan of 104 weeks whose numbers tell the
 * definition from the likely wrong ones: a job that started by the date but has ended counts (not "in work that
 * week"), a traineeship is no paid job, a window that ends before the plan start or after the horizon end leaves the
 * person out, an expected permit counts like a granted one, and neither a minor nor an adult without a paid-work
 * option is counted.
 */
class PaidWorkAfterPermitTest {

    private static final int HORIZON = 104;

    private static Person adultWithPermit(String id, LocalDate permit) {
        return adult(id, "h-" + id, CefrLevel.A1).toBuilder().permitGrantedDate(permit).build();
    }

    /**
     * Permit weeks relative to the plan start: early −10, late 0, trainee −40, old −100, expected +4 (an asylum
     * seeker's expected decision), volunteer −10 (no paid-work option), minor −10 (aged 16).
     */
    private static Scenario permitsOverTwoYears() {
        List<Person> persons = List.of(adultWithPermit("early", week(-10)), adultWithPermit("late", week(0)),
                adultWithPermit("trainee", week(-40)), adultWithPermit("old", week(-100)),
                person("expected", "h-expected", START.minusYears(30), ResidenceStatus.ASYLUM_SEEKER, CefrLevel.NONE,
                        List.of()).toBuilder().expectedPermitDate(week(4)).build(),
                adultWithPermit("volunteer", week(-10)),
                child("minor", "h-minor", 16).toBuilder().permitGrantedDate(week(-10)).build());
        List<Household> households = persons.stream().map(p -> household(p.householdId())).toList();
        return scenario(HORIZON, households, persons, List.of(), List.of(), List.of(),
                List.of(placement("job", PlacementKind.PAID_JOB, "logistics", CefrLevel.NONE, 9, 24, 52),
                        placement("stage", PlacementKind.TRAINEESHIP, "care", CefrLevel.NONE, 9, 16, 26),
                        placement("club", PlacementKind.VOLUNTEER_WORK, "community", CefrLevel.NONE, 9, 6, 26)),
                List.of());
    }

    private static List<Assessment> assessments() {
        return List.of(assessment("early", 40, work(0, PlacementKind.PAID_JOB)),
                assessment("late", 40, work(0, PlacementKind.PAID_JOB)),
                assessment("trainee", 40, work(0, PlacementKind.TRAINEESHIP, PlacementKind.PAID_JOB)),
                assessment("old", 40, work(0, PlacementKind.PAID_JOB)),
                assessment("expected", 40, work(0, PlacementKind.PAID_JOB)),
                assessment("volunteer", 40, work(0, PlacementKind.VOLUNTEER_WORK)),
                assessment("minor", 40, work(0, PlacementKind.PAID_JOB)));
    }

    private static TrackPlacement job(String person, String placement, int start, int end) {
        return new TrackPlacement(person, TrackKind.WORK, placement, start, week(start), end, 24, "WI21-MAP-01");
    }

    private static Plan plan() {
        return new Plan("test", START, HORIZON, PlanMethod.OPTIMISED, List.of(),
                List.of(job("early", "job", 60, 112), job("late", "job", 80, 132), job("trainee", "stage", 5, 31),
                        job("old", "job", 20, 72), job("expected", "job", 50, 74), job("volunteer", "club", 0, 26),
                        job("minor", "job", 0, 52)),
                List.of(), new PlanScore(0, 0, 0, true), new ScoreExplanation(List.of(), List.of()), List.of());
    }

    private final PlanFigures figures = PlanFigures.of(permitsOverTwoYears(), assessments(), plan());

    @Test
    void within78WeeksCountsJobsStartedByThenOverAdultsWhoseWindowEndsInTheHorizon() {
        // windows end in week 68 (early: job from 60), 78 (late: job from 80, too late), 38 (trainee: a traineeship),
        // 82 (expected: a job from 50 that ended in 74 still counts); old's ended in week -22, before the plan start
        assertThat(figures.paidWorkWithinWeeksOfPermit(78)).isEqualTo(new Share(2, 4));
    }

    @Test
    void within130WeeksLeavesOutWindowsThatEndAfterTheHorizon() {
        // windows end in week 120 (early), 130 (late) and 134 (expected): after the horizon; trainee 90, old 30
        assertThat(figures.paidWorkWithinWeeksOfPermit(130)).isEqualTo(new Share(1, 2));
    }

    @Test
    void planMetricsHoldTheFigureForBothPublishedMoments() {
        PlanMetrics metrics = PlanMetrics.of(permitsOverTwoYears(), assessments(), plan());

        assertThat(metrics.paidWorkWithinWeeksOfPermit())
                .isEqualTo(Map.of(78, new Share(2, 4), 130, new Share(1, 2)));
    }
}
