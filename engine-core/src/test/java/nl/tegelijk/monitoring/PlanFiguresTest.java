package nl.tegelijk.monitoring;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolKind;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanScore;
import nl.tegelijk.planning.ScoreExplanation;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedTrack;
import nl.tegelijk.planning.UnplannedReason;
import org.junit.jupiter.api.Test;

/**
 * Each figure of {@link PlanFigures} on one hand-made plan whose numbers tell the right formula from the likely wrong
 * ones: the arrival of the required headline differs from the arrival over every need (a2), the year is shorter than
 * the horizon (idle weeks), housing is no activity (a2, c1), and unplanned work counts at the horizon end (b1).
 */
class PlanFiguresTest {

    private static final int HORIZON = 60;

    /** The family scenario over 60 weeks. */
    private static Scenario sixtyWeeks() {
        Scenario f = family();
        return scenario(HORIZON, f.households(), f.persons(), f.dwellings(), f.courseGroups(), f.schoolClasses(),
                f.placements(), f.housingQuotas());
    }

    private static TrackRequirement voluntary(TrackRequirement r) {
        return new TrackRequirement(r.track(), r.earliestStart(), r.deadline(), r.courseKinds(), r.schoolKinds(),
                r.placementKinds(), true, r.ruleId(), r.maxWeeks(), r.minor());
    }

    private static List<Assessment> assessments() {
        return List.of(
                assessment("a1", 32, housing(0), language(0, CourseKind.B1_ROUTE), work(2, PlacementKind.TRAINEESHIP)),
                assessment("a2", 32, housing(2), voluntary(language(0, CourseKind.B1_ROUTE))),
                assessment("c1", 32, housing(0), school(0, 12, SchoolKind.PRIMARY_NEWCOMER_CLASS),
                        voluntary(language(0, CourseKind.B1_ROUTE))),
                assessment("b1", 32, housing(1), language(1, CourseKind.B1_ROUTE), work(0, PlacementKind.TRAINEESHIP)));
    }

    /** h1 moves in in week 4; h2 is not housed; b1's work and c1's voluntary course are unplanned. */
    private static Plan plan() {
        return new Plan("test", START, HORIZON, PlanMethod.OPTIMISED,
                List.of(new HousingPlacement("h1", List.of("a1", "a2", "c1"), "d1", 4, week(4))),
                List.of(new TrackPlacement("a1", TrackKind.LANGUAGE, "b1course", 0, week(0), 20, 12, "WI21-ROUTE-B1"),
                        new TrackPlacement("a1", TrackKind.WORK, "trainee", 10, week(10), 36, 16, "WI21-MAP-01"),
                        new TrackPlacement("a2", TrackKind.LANGUAGE, "b1course", 6, week(6), 26, 12, "WI21-ROUTE-B1"),
                        new TrackPlacement("c1", TrackKind.EDUCATION, "prim", 2, week(2), 54, 25, "EDU-ASYL-01"),
                        new TrackPlacement("b1", TrackKind.LANGUAGE, "b1course", 30, week(30), 50, 12, "WI21-ROUTE-B1")),
                List.of(new UnplannedTrack("h2", TrackKind.HOUSING, true, UnplannedReason.CAPACITY_EXHAUSTED, "x", "HV-KOPPEL-01"),
                        new UnplannedTrack("b1", TrackKind.WORK, true, UnplannedReason.CAPACITY_EXHAUSTED, "x", "WI21-MAP-01"),
                        new UnplannedTrack("c1", TrackKind.LANGUAGE, false, UnplannedReason.VOLUNTARY_NOT_PLANNED,
                                "x", "WI21-ROUTE-B1")),
                new PlanScore(0, 0, 0, true), new ScoreExplanation(List.of(), List.of()), List.of());
    }

    private final PlanFigures f = PlanFigures.of(sixtyWeeks(), assessments(), plan());

    @Test
    void weeksToFullParticipationCountFromTheArrivalOfTheRequiredTracksToTheLastRequiredStart() {
        // a1: 10 (work); a2: 4 - 2 = 2 (the housing earliest, not the voluntary course's week 0); c1: 4;
        // b1: unplanned housing and work count at the horizon end, 60.
        assertThat(f.weeksToFullParticipation("a2", NeedScope.REQUIRED)).isEqualTo(OptionalInt.of(2));
        assertThat(f.weeksToFullParticipation(NeedScope.REQUIRED)).isEqualTo(new Distribution(4, 10 + 2 + 4 + 60, 4,
                60));
        assertThat(f.fullyPlanned(NeedScope.REQUIRED)).isEqualTo(new Share(3, 4));
    }

    @Test
    void weeksToFullParticipationOverEveryNeedCountVoluntaryTracksAndTheirArrival() {
        // a2: from week 0 (voluntary course) to 6; c1: its unplanned voluntary course counts at the horizon end.
        assertThat(f.weeksToFullParticipation("a2", NeedScope.EVERY_NEED)).isEqualTo(OptionalInt.of(6));
        assertThat(f.weeksToFullParticipation(NeedScope.EVERY_NEED).total()).isEqualTo(10 + 6 + 60 + 60);
        assertThat(f.fullyPlanned(NeedScope.EVERY_NEED)).isEqualTo(new Share(2, 4));
    }

    @Test
    void weeksToFirstActivityCountLanguageEducationAndWorkButNotMovingIn() {
        // a1 0, a2 6 (not 4, the move-in), c1 2, b1 30.
        assertThat(f.weeksToFirstActivity("a2")).isEqualTo(OptionalInt.of(6));
        assertThat(f.weeksToFirstActivity()).isEqualTo(new Distribution(4, 0 + 6 + 2 + 30, 2, 30));
    }

    @Test
    void aHouseholdLeftUnhousedCountsWhenAFittingDwellingStaysFreeAndNotWhenNoneFits() {
        // h2 (one adult) is unhoused; d2 (1 room, 1 occupant, free from week 2) houses no one.
        assertThat(f.householdsUnhousedBesideAFreeFittingDwelling()).isEqualTo(1);

        Scenario needsAccessible = sixtyWeeks().toBuilder().households(List.of(household("h1"),
                new Household("h2", true, 1, java.util.Optional.empty()))).build();
        assertThat(PlanFigures.of(needsAccessible, assessments(), plan())
                .householdsUnhousedBesideAFreeFittingDwelling()).isZero();
        Scenario freeTooLate = sixtyWeeks().toBuilder().dwellings(List.of(sixtyWeeks().dwellings().get(0),
                dwelling("d2", HORIZON, 1, 1))).build();
        assertThat(PlanFigures.of(freeTooLate, assessments(), plan()).householdsUnhousedBesideAFreeFittingDwelling())
                .isZero();
    }

    @Test
    void aRunThatEndedEarlyCountsAsWhatHappenedButMeetsNoOption() {
        // b1 left a course that ran in weeks 3-7; its option is planned again from week 30.
        Plan replanned = plan().withEnded(List.of(
                new TrackPlacement("b1", TrackKind.LANGUAGE, "b1course", 3, week(3), 8, 12, "WI21-ROUTE-B1")));
        PlanFigures g = PlanFigures.of(sixtyWeeks(), assessments(), replanned);

        assertThat(g.weeksToFirstActivity("b1")).isEqualTo(OptionalInt.of(3));
        assertThat(g.idleWeeksInFirstYear("b1")).isEqualTo(OptionalInt.of(27));
        assertThat(g.weeksToFullParticipation("b1", NeedScope.REQUIRED))
                .isEqualTo(f.weeksToFullParticipation("b1", NeedScope.REQUIRED));
    }

    @Test
    void idleWeeksCountTheFirstFiftyTwoWeeksWithoutAnyActivityNotTheWholeHorizon() {
        // a1: weeks 36-51 (16); a2: 0-5 and 26-51 (32); c1: 0-1 (2); b1: 0-29 and 50-51 (32).
        assertThat(f.idleWeeksInFirstYear("a1")).isEqualTo(OptionalInt.of(16));
        assertThat(f.idleWeeksInFirstYear()).isEqualTo(new Distribution(4, 16 + 32 + 2 + 32, 16, 32));
    }

    @Test
    void aPersonWithOnlyAHousingNeedHasNoActivityFigures() {
        List<Assessment> housingOnly = List.of(assessment("a1", 32, housing(0)));

        PlanFigures only = PlanFigures.of(sixtyWeeks(), housingOnly, plan());

        assertThat(only.weeksToFirstActivity("a1")).isEmpty();
        assertThat(only.idleWeeksInFirstYear("a1")).isEmpty();
        assertThat(only.weeksToFullParticipation("a1", NeedScope.REQUIRED)).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void waitingWeeksPerTrackRunFromEachRequirementsEarliestWeekToItsStart() {
        assertThat(f.meanWaitingWeeksByTrack()).containsExactlyInAnyOrderEntriesOf(Map.of(
                TrackKind.HOUSING, (2 + 2 + 2 + 59) / 4.0, // the household may move in from week 2 (a2)
                TrackKind.LANGUAGE, (0 + 6 + 60 + 29) / 4.0,
                TrackKind.EDUCATION, 2.0,
                TrackKind.WORK, (8 + 60) / 2.0));
    }

    @Test
    void unplannedTracksAreCountedPerReasonWithTheRequiredApart() {
        assertThat(f.unplannedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
                UnplannedReason.CAPACITY_EXHAUSTED, 2, UnplannedReason.VOLUNTARY_NOT_PLANNED, 1));
        assertThat(f.unplannedRequiredByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
                UnplannedReason.CAPACITY_EXHAUSTED, 2));
    }

    @Test
    void theQuotaCountsEveryMemberOfAHouseholdThatMovesInWithinTheHalfYear() {
        assertThat(f.housingQuota()).containsExactly(new QuotaRealised("2016-H1", 3, 4));
    }

    @Test
    void planMetricsHoldTheSameFigures() {
        PlanMetrics m = PlanMetrics.of(sixtyWeeks(), assessments(), plan());

        assertThat(m.method()).isEqualTo(PlanMethod.OPTIMISED);
        assertThat(m.weeksToFullParticipation()).isEqualTo(f.weeksToFullParticipation(NeedScope.REQUIRED));
        assertThat(m.meanWeeksToFullParticipation()).isEqualTo(76 / 4.0);
        assertThat(m.weeksToFullParticipationEveryNeed()).isEqualTo(f.weeksToFullParticipation(NeedScope.EVERY_NEED));
        assertThat(m.idleWeeksInFirstYear()).isEqualTo(f.idleWeeksInFirstYear());
        assertThat(m.unplanned()).isEqualTo(3);
        assertThat(m.unplannedRequired()).isEqualTo(2);
    }

    @Test
    void anAssessmentOfAStrangerIsAnErrorNamingTheId() {
        assertThatThrownBy(() -> PlanFigures.of(sixtyWeeks(), List.of(assessment("x9", 32, housing(0))), plan()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x9");
    }
}
