package nl.tegelijk.planning.constraints;

import static nl.tegelijk.assessment.TrackKind.EDUCATION;
import static nl.tegelijk.assessment.TrackKind.HOUSING;
import static nl.tegelijk.assessment.TrackKind.LANGUAGE;
import static nl.tegelijk.assessment.TrackKind.WORK;
import static nl.tegelijk.planning.support.Fixtures.*;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.planning.constraints.justification.TrackJustification;
import nl.tegelijk.planning.domain.Participant;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.QuotaPeriod;
import nl.tegelijk.planning.domain.Resource;
import nl.tegelijk.planning.domain.TrackAssignment;
import org.junit.jupiter.api.Test;

class TegelijkConstraintProviderTest {

    private final ConstraintVerifier<TegelijkConstraintProvider, PlanningSchedule> verifier = ConstraintVerifier.build(
            new TegelijkConstraintProvider(), PlanningSchedule.class, TrackAssignment.class);

    @Test
    void resourceOverCapacityPenalisesTheOccupantsBeyondCapacityInEveryActivitysStartWeek() {
        Resource c = course("c", 1, 10, 10, L0);
        // Occupants at the starts: week 0 one, week 2 two, week 5 three, week 30 one; a peak per chain would give 2.
        verifier.verifyThat(TegelijkConstraintProvider::resourceOverCapacity)
                .given(track(LANGUAGE, "p1").at(c, 0).build(), track(LANGUAGE, "p2").at(c, 2).build(),
                        track(LANGUAGE, "p3").at(c, 5).build(), track(LANGUAGE, "p4").at(c, 30).build())
                .penalizesBy(3);
        verifier.verifyThat(TegelijkConstraintProvider::resourceOverCapacity)
                .given(track(LANGUAGE, "p1").at(c, 0).build(), track(LANGUAGE, "p2").at(c, 2).build())
                .justifiesWith(new TrackJustification(List.of("p1", "p2"), List.of("c"),
                        "c holds 2 in week 2, capacity 1"));
    }

    @Test
    void resourceOverCapacityCountsTwoOverfullCohortsBackToBackTwiceSoTakingOneOutHelps() {
        Resource c = course("c", 1, 10, 10, L0);
        // Weeks 0-9 and 10-19 each hold two: one connected chain, two overfull spells.
        verifier.verifyThat(TegelijkConstraintProvider::resourceOverCapacity)
                .given(track(LANGUAGE, "p1").at(c, 0).build(), track(LANGUAGE, "p2").at(c, 0).build(),
                        track(LANGUAGE, "p3").at(c, 10).build(), track(LANGUAGE, "p4").at(c, 10).build())
                .penalizesBy(4);
        verifier.verifyThat(TegelijkConstraintProvider::resourceOverCapacity)
                .given(track(LANGUAGE, "p2").at(c, 0).build(),
                        track(LANGUAGE, "p3").at(c, 10).build(), track(LANGUAGE, "p4").at(c, 10).build())
                .penalizesBy(2);
    }

    @Test
    void resourceOverCapacityNeverCountsAnOpenOfferWithoutACapButStillACappedOne() {
        Resource open = uncappedVolunteerWork("open");
        Resource capped = placement("capped", "community", CefrLevel.NONE, 6, 26);
        verifier.verifyThat(TegelijkConstraintProvider::resourceOverCapacity)
                .given(track(WORK, "p1").at(open, 0).build(), track(WORK, "p2").at(open, 0).build(),
                        track(WORK, "p3").at(open, 3).build(), track(WORK, "p4").at(open, 10).build())
                .penalizes(0);
        verifier.verifyThat(TegelijkConstraintProvider::resourceOverCapacity)
                .given(track(WORK, "p1").at(open, 0).build(), track(WORK, "p2").at(open, 0).build(),
                        track(WORK, "p3").at(capped, 3).build(), track(WORK, "p4").at(capped, 10).build(),
                        track(WORK, "p5").at(capped, 12).build())
                .penalizesBy(3);
    }

    @Test
    void dwellingDoesNotFitPenalisesAHouseholdLargerThanTheDwellingTakes() {
        Resource d = dwelling("d", 3, 4, L0);
        Resource d2 = dwelling("d2", 3, 4, L0);
        verifier.verifyThat(TegelijkConstraintProvider::dwellingDoesNotFit)
                .given(track(HOUSING, "h1").housing(5, "a", "b").at(d, 0).build(),
                        track(HOUSING, "h2").housing(4, "c").at(d2, 0).build())
                .penalizesBy(1);
    }

    @Test
    void weeklyHoursExceededPenalisesTheExcessInEachActivitysStartWeek() {
        Resource c = course("c", 5, 20, 20, L0);
        Resource w = placement("w", "care", CefrLevel.NONE, 16, 26);
        Resource w2 = placement("w2", "care", CefrLevel.NONE, 16, 26);
        verifier.verifyThat(TegelijkConstraintProvider::weeklyHoursExceeded)
                .given(track(LANGUAGE, "p").at(c, 0).build(), track(WORK, "p").at(w, 10).build(),
                        track(LANGUAGE, "q").at(c, 0).build(), track(WORK, "q").at(w2, 20).build())
                .penalizesBy(6);
    }

    @Test
    void weeklyHoursExceededCountsEachOverfullSpellOfAPersonSoTakingOneOutHelps() {
        Resource c = course("c", 5, 20, 20, L0);
        Resource c2 = course("c2", 5, 20, 20, L0);
        Resource w = placement("w", "care", CefrLevel.NONE, 16, 26);
        Resource w2 = placement("w2", "care", CefrLevel.NONE, 16, 26);
        // 36 hours in weeks 10-19 and again in weeks 60-79: 6 beyond 30 in week 10, and in week 60 for each of the two
        // activities that start then. The busiest week alone would give 6 with or without the second spell.
        verifier.verifyThat(TegelijkConstraintProvider::weeklyHoursExceeded)
                .given(track(LANGUAGE, "p").at(c, 0).build(), track(WORK, "p").at(w, 10).build(),
                        track(LANGUAGE, "p").ruleId("second").at(c2, 60).build(),
                        track(WORK, "p").ruleId("second").at(w2, 60).build())
                .penalizesBy(6 + 6 + 6);
        verifier.verifyThat(TegelijkConstraintProvider::weeklyHoursExceeded)
                .given(track(LANGUAGE, "p").at(c, 0).build(), track(WORK, "p").at(w, 10).build(),
                        track(LANGUAGE, "p").ruleId("second").at(c2, 60).build())
                .penalizesBy(6);
    }

    @Test
    void startNotAllowedPenalisesAStartBeforeTheEarliestWeekOrOutsideIntake() {
        Resource c = course("c", 5, 20, 10, L0);
        Resource cohort = cohortCourse("k", 5, List.of(0, 10));
        verifier.verifyThat(TegelijkConstraintProvider::startNotAllowed)
                .given(track(LANGUAGE, "early").earliest(5).at(c, 3).build(),
                        track(LANGUAGE, "offcohort").at(cohort, 4).build(),
                        track(LANGUAGE, "fine").earliest(2).at(cohort, 10).build())
                .penalizesBy(2);
    }

    @Test
    void dutchLevelTooLowPenalisesAPlacementAboveThePersonsLevel() {
        Resource w = placement("w", "care", CefrLevel.A2, 16, 26);
        Resource w2 = placement("w2", "care", CefrLevel.A2, 16, 26);
        verifier.verifyThat(TegelijkConstraintProvider::dutchLevelTooLow)
                .given(track(WORK, "low").dutch(CefrLevel.A1).at(w, 0).build(),
                        track(WORK, "ok").dutch(CefrLevel.B1).at(w2, 0).build())
                .penalizesBy(1);
    }

    @Test
    void requiredTrackUnplannedWeighsChildSchoolHousingPerPersonLanguageAndWork() {
        verifier.verifyThat(TegelijkConstraintProvider::requiredTrackUnplanned)
                .given(track(EDUCATION, "child").minor().build(),
                        track(HOUSING, "h").housing(3, "a", "b", "c").build(),
                        track(LANGUAGE, "a").build(), track(WORK, "a").build(),
                        track(WORK, "v").voluntary().build(),
                        track(LANGUAGE, "planned").at(course("c", 5, 20, 10, L0), 0).build())
                .penalizesBy(16 + 24 + 4 + 2);
    }

    @Test
    void deadlineMissedPenalisesPersonWeeksLateWithAnUnplannedTrackLateUntilTheHorizon() {
        Resource s = school("s", 25, L0);
        Resource d = dwelling("d", 3, 4, L0);
        verifier.verifyThat(TegelijkConstraintProvider::deadlineMissed)
                .given(track(EDUCATION, "late").deadline(10).at(s, 12).build(),
                        track(EDUCATION, "onTime").deadline(10).at(s, 10).build(),
                        track(HOUSING, "h").housing(2, "a", "b").deadline(5).at(d, 8).build(),
                        track(EDUCATION, "unplanned").deadline(40).build(),
                        track(EDUCATION, "noDeadline").at(s, 50).build())
                .penalizesBy(2 + 3 * 2 + (HORIZON - 40));
    }

    @Test
    void weeksToFullParticipationCountsFromArrivalToTheLastRequiredStart() {
        Resource c = course("c", 5, 20, 10, L0);
        Resource d = dwelling("d", 3, 4, L0);
        verifier.verifyThat(TegelijkConstraintProvider::weeksToFullParticipation)
                .given(new Participant("p", "h", 2), new Participant("q", "h", 0),
                        track(LANGUAGE, "p").household("h").earliest(2).at(c, 5).build(),
                        track(HOUSING, "h").household("h").housing(2, "p", "q").at(d, 9).build(),
                        track(WORK, "p").household("h").build(),
                        track(WORK, "q").household("h").voluntary().build())
                .penalizesBy((52 - 2) + 9);
    }

    @Test
    void longWaitToFullParticipationSquaresTheWeeks() {
        Resource c = course("c", 5, 20, 10, L0);
        Resource d = dwelling("d", 3, 4, L0);
        verifier.verifyThat(TegelijkConstraintProvider::longWaitToFullParticipation)
                .given(new Participant("p", "h", 2), new Participant("q", "h", 0),
                        track(LANGUAGE, "p").household("h").earliest(2).at(c, 5).build(),
                        track(HOUSING, "h").household("h").housing(2, "p", "q").at(d, 9).build(),
                        track(WORK, "p").household("h").build())
                .penalizesBy(50 * 50 + 9 * 9);
    }

    @Test
    void waitingWeeksPerTrackCountsEachTrackAndHousingPerPerson() {
        Resource c = course("c", 5, 20, 10, L0);
        Resource d = dwelling("d", 3, 4, L0);
        verifier.verifyThat(TegelijkConstraintProvider::waitingWeeksPerTrack)
                .given(track(LANGUAGE, "p").earliest(2).at(c, 5).build(),
                        track(HOUSING, "h").earliest(1).housing(2, "p", "q").at(d, 9).build(),
                        track(WORK, "p").earliest(40).voluntary().build(),
                        track(LANGUAGE, "q").earliest(3).at(c, 3).build())
                .penalizesBy(3 + 16 + 12);
    }

    @Test
    void housingQuotaShortfallCountsPersonsHousedByEachHalfYearEnd() {
        verifier.verifyThat(TegelijkConstraintProvider::housingQuotaShortfall)
                .given(new QuotaPeriod("2016-H1", 25, 10), new QuotaPeriod("2016-H2", 51, 20),
                        track(HOUSING, "h1").housing(4, "a").at(dwelling("d1", 3, 4, L0), 30).build(),
                        track(HOUSING, "h2").housing(3, "b").at(dwelling("d2", 3, 4, L0), 40).build())
                .penalizesBy(10 + 13);
    }

    @Test
    void travelFromReceptionCountsKilometresUntilTheHouseholdMovesIn() {
        Resource c = course("c", 5, 20, 10, L10);
        Resource d = dwelling("d", 3, 4, L20);
        verifier.verifyThat(TegelijkConstraintProvider::travelFromReception)
                .given(track(LANGUAGE, "p").household("h").at(c, 4).build(),
                        track(HOUSING, "h").household("h").housing(1, "p").at(d, 6).build(),
                        track(LANGUAGE, "q").household("g").at(c, 8).build(),
                        track(HOUSING, "g").household("g").housing(1, "q").at(dwelling("d2", 3, 4, L20), 8).build())
                .penalizesBy(10);
    }

    @Test
    void travelFromDwellingCountsKilometresOnceMovedIn() {
        Resource c = course("c", 5, 20, 10, L10);
        verifier.verifyThat(TegelijkConstraintProvider::travelFromDwelling)
                .given(track(LANGUAGE, "p").household("h").at(c, 4).build(),
                        track(HOUSING, "h").household("h").housing(1, "p").at(dwelling("d", 3, 4, L20), 6).build(),
                        track(LANGUAGE, "q").household("g").at(c, 8).build(),
                        track(HOUSING, "g").household("g").housing(1, "q").at(dwelling("d2", 3, 4, L0), 8).build())
                .penalizesBy(10);
    }

    @Test
    void placementOutsideSkillsPenalisesOnlyWhenSkillsAreKnownAndDiffer() {
        verifier.verifyThat(TegelijkConstraintProvider::placementOutsideSkills)
                .given(track(WORK, "care").skills("care").at(placement("w1", "construction", CefrLevel.NONE, 8, 10), 0)
                                .build(),
                        track(WORK, "none").at(placement("w2", "construction", CefrLevel.NONE, 8, 10), 0).build(),
                        track(WORK, "builder").skills("construction")
                                .at(placement("w3", "construction", CefrLevel.NONE, 8, 10), 0).build())
                .penalizesBy(1);
    }

    @Test
    void housedFarFromSchoolCountsKilometresToEachMinorsSchool() {
        Resource s = school("s", 25, L20);
        verifier.verifyThat(TegelijkConstraintProvider::housedFarFromSchool)
                .given(track(HOUSING, "h").household("h").housing(2, "c", "a").at(dwelling("d", 3, 4, L0), 0).build(),
                        track(EDUCATION, "c").household("h").minor().at(s, 0).build(),
                        track(EDUCATION, "a").household("h").at(s, 0).build())
                .penalizesBy(20);
    }

    @Test
    void promisedSlotMovedPenalisesAnotherWeekAnotherResourceOrNoSlotPerPerson() {
        Resource c = course("c", 5, 20, 10, L0);
        Resource c2 = course("c2", 5, 20, 10, L0);
        Resource d = dwelling("d", 3, 4, L0);
        TrackAssignment kept = track(LANGUAGE, "kept").at(c, 4).build();
        TrackAssignment later = track(LANGUAGE, "later").at(c, 6).build();
        TrackAssignment elsewhere = track(LANGUAGE, "elsewhere").at(c2, 4).build();
        TrackAssignment dropped = track(LANGUAGE, "dropped").build();
        TrackAssignment household = track(HOUSING, "h").housing(3, "a", "b", "c").at(d, 9).build();
        TrackAssignment neverPromised = track(LANGUAGE, "new").at(c, 8).build();
        List.of(kept, later, elsewhere, dropped).forEach(a -> a.setPromised("c", 4));
        household.setPromised("d", 8);

        verifier.verifyThat(TegelijkConstraintProvider::promisedSlotMoved)
                .given(kept, later, elsewhere, dropped, household, neverPromised)
                .penalizesBy(1 + 1 + 1 + 3);
    }

    @Test
    void dutchLevelTooLowAcceptsALevelReachedInACourseThatStartedEarlier() {
        Resource w = placement("w", "care", CefrLevel.A2, 16, 26);
        Resource w2 = placement("w2", "care", CefrLevel.A2, 16, 26);
        Resource w3 = placement("w3", "care", CefrLevel.A2, 16, 26);
        Resource b1 = course("b1", 5, 60, 10, L0);
        // 'long': A1 at intake, 26 weeks of the B1 route before the placement: A2. 'short': 25 weeks, still A1.
        // 'pre': 40 weeks of pre-integration, which leads to A1 only.
        verifier.verifyThat(TegelijkConstraintProvider::dutchLevelTooLow)
                .given(track(LANGUAGE, "long").at(b1, 0).build(),
                        track(WORK, "long").dutch(CefrLevel.A1).at(w, 26).build(),
                        track(LANGUAGE, "short").at(b1, 1).build(),
                        track(WORK, "short").dutch(CefrLevel.A1).at(w2, 26).build(),
                        track(LANGUAGE, "pre").at(new Resource("pre", nl.tegelijk.planning.domain.ResourceKind.COURSE_GROUP,
                                "PRE_INTEGRATION", L0, 5, 0, true, List.of(), 60, 10, 0, 0, false, CefrLevel.NONE, "", 0,
                                Integer.MAX_VALUE), 0).build(),
                        track(WORK, "pre").dutch(CefrLevel.A1).at(w3, 40).build())
                .penalizesBy(2);
    }

    @Test
    void spellLongerThanAllowedPenalisesTheWeeksBeyondTheOptionsMaximum() {
        Resource job = placement("job", "care", CefrLevel.NONE, 16, 52);
        Resource job2 = placement("job2", "care", CefrLevel.NONE, 16, 52);
        Resource job3 = placement("job3", "care", CefrLevel.NONE, 16, 52);
        verifier.verifyThat(TegelijkConstraintProvider::spellLongerThanAllowed)
                .given(track(WORK, "capped").ruleId("WORK-AS-02a").maxWeeks(24).at(job, 0).build(),
                        track(WORK, "cut").ruleId("WORK-AS-02a").maxWeeks(24).at(job2, 0, 24).build(),
                        track(WORK, "free").ruleId("WORK-AS-02b").at(job3, 0).build())
                .penalizesBy(52 - 24);
        verifier.verifyThat(TegelijkConstraintProvider::spellLongerThanAllowed)
                .given(track(WORK, "capped").ruleId("WORK-AS-02a").maxWeeks(24).at(job, 0).build())
                .justifiesWith(new TrackJustification(List.of("capped"), List.of("job"),
                        "spell of 52 weeks, the option (WORK-AS-02a) allows 24"));
    }

    @Test
    void activityDoesNotMeetOptionPenalisesACourseOfAKindTheLegalRequirementDoesNotAllow() {
        Resource pre = new Resource("pre", nl.tegelijk.planning.domain.ResourceKind.COURSE_GROUP, "PRE_INTEGRATION",
                L0, 5, 0, true, List.of(), 20, 10, 0, 0, false, CefrLevel.NONE, "", 0, Integer.MAX_VALUE);
        Resource b1 = course("b1", 5, 20, 10, L0);
        verifier.verifyThat(TegelijkConstraintProvider::activityDoesNotMeetOption)
                .given(track(LANGUAGE, "legal").ruleId("WI21-ROUTE-B1").kinds("B1_ROUTE").at(pre, 0).build(),
                        track(LANGUAGE, "met").ruleId("WI21-ROUTE-B1").kinds("B1_ROUTE").at(b1, 0).build(),
                        track(LANGUAGE, "voluntary").ruleId("WI21-AZC-01").kinds("PRE_INTEGRATION").at(pre, 0).build(),
                        track(HOUSING, "h").housing(1, "x").at(dwelling("d", 1, 1, L0), 0).build())
                .penalizesBy(1);
    }

    @Test
    void weeksToEveryNeedCountsFromTheFirstOptionsEarliestWeekToTheLastStartVoluntaryIncluded() {
        Resource c = course("c", 5, 20, 10, L0);
        Resource w = placement("w", "care", CefrLevel.NONE, 16, 26);
        // p: earliest 2, last start 9 (voluntary work): 7 weeks; q: a voluntary option unplanned: horizon 52 - 0.
        verifier.verifyThat(TegelijkConstraintProvider::weeksToEveryNeed)
                .given(track(LANGUAGE, "p").earliest(2).at(c, 3).build(),
                        track(WORK, "p").earliest(4).voluntary().at(w, 9).build(),
                        track(WORK, "q").voluntary().build(),
                        track(LANGUAGE, "r").earliest(5).at(c, 5).build())
                .penalizesBy(7 + 52);
    }

    @Test
    void wholeScorePinsEveryConstraintsLevelAndWeight() {
        Resource d = dwelling("d", 3, 4, L10);
        Resource c = course("c", 5, 20, 12, L10);
        Resource s = school("s", 25, L20);
        verifier.verifyThat()
                .given(d, c, s, new Participant("p", "h", 0), new Participant("c", "h", 0),
                        track(HOUSING, "h").household("h").earliest(2).housing(2, "p", "c").at(d, 6).build(),
                        track(LANGUAGE, "p").household("h").at(c, 4).build(),
                        track(WORK, "p").household("h").build(),
                        track(EDUCATION, "c").household("h").minor().deadline(12).at(s, 14).build())
                .scores(HardMediumSoftLongScore.of(0, -(2 + 2),
                        -(520 + 140 + 5 * (52 + 14) + 2704 + 196 + 5 * 78 + 10 + 10 + 20)));
    }

    @Test
    void wholeScoreWeighsEachHardRuleByOne() {
        Resource c = course("c", 1, 10, 20, L0);
        Resource w = placement("w", "care", CefrLevel.B1, 16, 26);
        verifier.verifyThat()
                // over capacity 2 (p and q both start in week 0 on one seat: one beyond it in each start week), hours
                // 20 + 16 over 30 by 6 in the start week of each of p's two activities, start before earliest 1, Dutch below B1 1; travel 10 km;
                // a spell 2 weeks over the option's maximum 2 (q's course of 10 weeks, at most 8), a course kind the
                // option does not allow 1
                .given(c, w, track(LANGUAGE, "p").earliest(1).at(c, 0).build(), track(WORK, "p").at(w, 0).build(),
                        track(LANGUAGE, "q").maxWeeks(8).kinds("Z_ROUTE").at(c, 0).build())
                .scores(HardMediumSoftLongScore.of(-(2 + 6 + 6 + 1 + 1 + 2 + 1), 0, -10));
    }
}
