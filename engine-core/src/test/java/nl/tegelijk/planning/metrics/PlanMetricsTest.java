package nl.tegelijk.planning.metrics;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanScore;
import nl.tegelijk.planning.ScoreExplanation;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedTrack;
import nl.tegelijk.planning.UnplannedReason;
import org.junit.jupiter.api.Test;

class PlanMetricsTest {

    @Test
    void headlineCountsFromArrivalToTheLastRequiredStartWithUnplannedAtTheHorizonEnd() {
        Scenario s = family();
        Plan plan = new Plan(s.name(), s.planStart(), 52, PlanMethod.OPTIMISED,
                List.of(new HousingPlacement("h1", List.of("a1", "a2", "c1"), "d1", 4, week(4))),
                List.of(new TrackPlacement("a1", TrackKind.LANGUAGE, "b1course", 0, week(0), 20, 12),
                        new TrackPlacement("a1", TrackKind.WORK, "trainee", 10, week(10), 36, 16),
                        new TrackPlacement("a2", TrackKind.LANGUAGE, "b1course", 6, week(6), 26, 12),
                        new TrackPlacement("c1", TrackKind.EDUCATION, "prim", 2, week(2), 54, 25)),
                List.of(new UnplannedTrack("h2", TrackKind.HOUSING, true, UnplannedReason.CAPACITY_EXHAUSTED, "x")),
                new PlanScore(0, 0, 0, true), new ScoreExplanation(List.of(), List.of()));

        PlanMetrics m = PlanMetrics.of(s, familyAssessments(), plan);

        // a1: 10, a2: 6, c1: 4, b1: housing unplanned (52) from arrival week 0 (work earliest 0) → 52.
        assertThat(m.meanWeeksToFullParticipation()).isEqualTo((10 + 6 + 4 + 52) / 4.0);
        assertThat(m.p90WeeksToFullParticipation()).isEqualTo(52);
        assertThat(m.personsFullyPlanned()).isEqualTo(3);
        assertThat(m.unplannedByReason()).containsEntry(UnplannedReason.CAPACITY_EXHAUSTED, 1);
        assertThat(m.housingQuota()).containsExactly(new PlanMetrics.QuotaRealised("2016-H1", 3, 4));
    }
}
