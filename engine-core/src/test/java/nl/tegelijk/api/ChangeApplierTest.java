package nl.tegelijk.api;

import static nl.tegelijk.api.ReplanFixture.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanScore;
import nl.tegelijk.planning.ScoreExplanation;
import nl.tegelijk.planning.TrackPlacement;
import org.junit.jupiter.api.Test;

/** Reports per activity: a person's options of one track at one resource (recorded starts, leaving early). */
class ChangeApplierTest {

    private static final Scenario SCENARIO = ReplanFixture.scenario();

    @Test
    void twoOptionsPlannedAtOnePlacementCanBothBeRecordedButNotAThirdTime() {
        Plan plan = planWith(List.of(work("WI21-MAP-01"), work("WORK-PH-01")));
        Change.ActualStartRecorded start = new Change.ActualStartRecorded("a1", TrackKind.WORK, "trainee",
                monday(3).plusDays(1));

        ChangeApplier.Applied twice = ChangeApplier.apply(SCENARIO, plan, List.of(start, start), monday(3), 3);

        assertThat(twice.actualStarts()).hasSize(2);
        assertThatThrownBy(() -> ChangeApplier.apply(SCENARIO, plan, List.of(start, start, start), monday(3), 3))
                .isInstanceOfSatisfying(InvalidChangeException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.index()).isEqualTo(2)));
        assertThatThrownBy(() -> ChangeApplier.apply(SCENARIO, planWith(List.of(work("WI21-MAP-01"))),
                List.of(start, start), monday(3), 3)).isInstanceOf(InvalidChangeException.class)
                .hasMessageContaining("recorded twice");
    }

    @Test
    void leavingAPlacementEndsTheOptionStillRunningThereNotOneThatEndedBefore() {
        TrackPlacement ended = new TrackPlacement("a1", TrackKind.WORK, "trainee", 0, monday(0), 2, 16, "WORK-PH-01");
        TrackPlacement running = new TrackPlacement("a1", TrackKind.WORK, "trainee", 1, monday(1), 27, 16,
                "WI21-MAP-01");
        Plan plan = planWith(List.of(ended, running));

        ChangeApplier.Applied applied = ChangeApplier.apply(SCENARIO, plan, List.of(new Change.LeftEarly("a1",
                TrackKind.WORK, "trainee", monday(3).minusDays(3))), monday(3), 3);

        assertThat(ReportedPast.of(plan, applied, 3).tracks()).containsExactly(ended);
        assertThatThrownBy(() -> ChangeApplier.apply(SCENARIO, planWith(List.of(ended)), List.of(
                new Change.LeftEarly("a1", TrackKind.WORK, "trainee", monday(3).minusDays(3))), monday(3), 3))
                .isInstanceOf(InvalidChangeException.class).hasMessageContaining("ended in week 2 already");
    }

    @Test
    void aStartRecordedAsPlannedInTheAsOfWeekLeavesTheOptionOfThePastWeekWhereItIs() {
        TrackPlacement pastWeek = new TrackPlacement("a1", TrackKind.WORK, "trainee", 2, monday(2), 28, 16,
                "WORK-PH-01");
        TrackPlacement asOfWeek = new TrackPlacement("a1", TrackKind.WORK, "trainee", 3, monday(3), 29, 8,
                "WI21-MAP-01");
        Plan plan = planWith(List.of(pastWeek, asOfWeek));

        ChangeApplier.Applied applied = ChangeApplier.apply(SCENARIO, plan, List.of(new Change.ActualStartRecorded(
                "a1", TrackKind.WORK, "trainee", monday(3).plusDays(1))), monday(3), 3);

        assertThat(ReportedPast.of(plan, applied, 3).tracks()).containsExactly(pastWeek, asOfWeek);
    }

    private static TrackPlacement work(String ruleId) {
        return new TrackPlacement("a1", TrackKind.WORK, "trainee", 3, monday(3), 29, 16, ruleId);
    }

    private static Plan planWith(List<TrackPlacement> tracks) {
        return new Plan(SCENARIO.name(), SCENARIO.planStart(), SCENARIO.horizonWeeks(), PlanMethod.OPTIMISED,
                List.of(), tracks, List.of(), new PlanScore(0, 0, 0, true),
                new ScoreExplanation(List.of(), List.of()), List.of());
    }
}
