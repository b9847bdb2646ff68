package nl.tegelijk.planning.validation;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanScore;
import nl.tegelijk.planning.ScoreExplanation;
import nl.tegelijk.planning.TrackPlacement;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

    private static Plan plan(Scenario s, List<HousingPlacement> housing, List<TrackPlacement> tracks) {
        return new Plan(s.name(), s.planStart(), s.horizonWeeks(), PlanMethod.OPTIMISED, housing, tracks, List.of(),
                new PlanScore(0, 0, 0, true), new ScoreExplanation(List.of(), List.of()), List.of());
    }

    private static TrackPlacement lang(String person, String course, int week, int end, int hours) {
        return new TrackPlacement(person, TrackKind.LANGUAGE, course, week, week(week), end, hours, "WI21-ROUTE-B1");
    }

    @Test
    void aPlanKeepingEveryRuleHasNoViolations() {
        Scenario s = family();
        Plan p = plan(s, List.of(new HousingPlacement("h1", List.of("a1", "a2", "c1"), "d1", 4, week(4))),
                List.of(lang("a1", "b1course", 0, 20, 12), lang("a2", "b1course", 0, 20, 12)));

        assertThat(PlanValidator.validate(s, familyAssessments(), p)).isEmpty();
    }

    @Test
    void findsSeatsBeyondCapacityInAWeek() {
        Scenario s = family();
        Plan p = plan(s, List.of(), List.of(lang("a1", "b1course", 0, 20, 12), lang("a2", "b1course", 5, 25, 12),
                lang("b1", "b1course", 19, 39, 12)));

        assertThat(PlanValidator.validate(s, familyAssessments(), p)).extracting(PlanViolation::code)
                .containsExactly(ViolationCode.OVER_CAPACITY);
    }

    @Test
    void anOpenOfferWithoutACapIsNeverOverCapacityWhileACappedOneStillIs() {
        Scenario f = family();
        Scenario s = scenario(52, f.households(), f.persons(), f.dwellings(), f.courseGroups(), f.schoolClasses(),
                List.of(uncappedPlacement("open", PlacementKind.VOLUNTEER_WORK, 6, 26),
                        placement("club", PlacementKind.VOLUNTEER_WORK, "community", CefrLevel.NONE, 1, 6, 26)),
                f.housingQuotas());
        List<Assessment> volunteers = List.of(assessment("a1", 32, work(0, PlacementKind.VOLUNTEER_WORK)),
                assessment("a2", 32, work(0, PlacementKind.VOLUNTEER_WORK)),
                assessment("b1", 32, work(0, PlacementKind.VOLUNTEER_WORK)));

        Plan allInTheOpenOffer = plan(s, List.of(), List.of(volunteer("a1", "open", 0), volunteer("a2", "open", 0),
                volunteer("b1", "open", 3)));
        Plan twoInTheClub = plan(s, List.of(), List.of(volunteer("a1", "open", 0), volunteer("a2", "club", 0),
                volunteer("b1", "club", 3)));

        assertThat(PlanValidator.validate(s, volunteers, allInTheOpenOffer)).isEmpty();
        assertThat(PlanValidator.validate(s, volunteers, twoInTheClub))
                .extracting(PlanViolation::code, PlanViolation::resourceId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationCode.OVER_CAPACITY, "club"));
    }

    private static TrackPlacement volunteer(String person, String placement, int week) {
        return new TrackPlacement(person, TrackKind.WORK, placement, week, week(week), week + 26, 6, "WI21-MAP-01");
    }

    @Test
    void findsAnExpectedArrivalsCourseBeforeTheLinkEvenWhereTheAssessmentAllowsIt() {
        Scenario s = scenario(52, List.of(household("h")),
                List.of(adult("e", "h", CefrLevel.NONE).toBuilder().linkedToMunicipalityDate(week(10)).build()),
                List.of(), List.of(course("b1course", CourseKind.B1_ROUTE, 5, 20, 12)), List.of(), List.of(), List.of());
        List<Assessment> fromThePlanStart = List.of(assessment("e", 32, language(0, CourseKind.B1_ROUTE)));

        assertThat(PlanValidator.validate(s, fromThePlanStart, plan(s, List.of(), List.of(lang("e", "b1course", 9, 29,
                12))))).extracting(PlanViolation::code).containsExactly(ViolationCode.BEFORE_LINK);
        assertThat(PlanValidator.validate(s, fromThePlanStart, plan(s, List.of(), List.of(lang("e", "b1course", 10,
                30, 12))))).isEmpty();
    }

    @Test
    void findsADwellingTooSmallAndAMoveInBeforeItIsFree() {
        Scenario s = family();
        Plan p = plan(s, List.of(new HousingPlacement("h1", List.of("a1"), "d2", 1, week(1))), List.of());

        assertThat(PlanValidator.validate(s, familyAssessments(), p)).extracting(PlanViolation::code)
                .containsExactlyInAnyOrder(ViolationCode.DWELLING_DOES_NOT_FIT, ViolationCode.BEFORE_AVAILABLE);
    }

    @Test
    void findsTwoHouseholdsInOneDwelling() {
        Scenario s = family();
        Plan p = plan(s, List.of(new HousingPlacement("h1", List.of("a1"), "d1", 4, week(4)),
                new HousingPlacement("h2", List.of("b1"), "d1", 10, week(10))), List.of());

        assertThat(PlanValidator.validate(s, familyAssessments(), p)).extracting(PlanViolation::code)
                .containsExactly(ViolationCode.OVER_CAPACITY);
    }

    @Test
    void findsWeeklyHoursOverTheLimitAndAPlacementAboveTheDutchLevel() {
        Scenario s = family();
        List<Assessment> assessments = List.of(
                assessment("a2", 20, language(0, CourseKind.B1_ROUTE), work(0, PlacementKind.TRAINEESHIP)));
        Plan p = plan(s, List.of(), List.of(lang("a2", "b1course", 0, 20, 12),
                new TrackPlacement("a2", TrackKind.WORK, "trainee", 10, week(10), 36, 16, "WI21-MAP-01")));

        assertThat(PlanValidator.validate(s, assessments, p)).extracting(PlanViolation::code)
                .containsExactlyInAnyOrder(ViolationCode.WEEKLY_HOURS_EXCEEDED, ViolationCode.DUTCH_LEVEL_TOO_LOW);
    }

    @Test
    void findsAnIneligibleKindAStartOutsideTheHorizonAndAMissedCohort() {
        Scenario s = scenario(20, List.of(household("h")), List.of(adult("p", "h", CefrLevel.A1),
                        adult("q", "h", CefrLevel.A1)), List.of(),
                List.of(cohortCourse("k", CourseKind.B1_ROUTE, 5, 10, 10, 0, 8),
                        course("z", CourseKind.Z_ROUTE, 5, 10, 10)),
                List.of(), List.of(), List.of());
        List<Assessment> assessments = List.of(assessment("p", 30, language(0, CourseKind.B1_ROUTE)),
                assessment("q", 30, language(0, CourseKind.B1_ROUTE)));
        Plan p = plan(s, List.of(), List.of(lang("p", "k", 3, 13, 10), lang("q", "z", 25, 35, 10)));

        assertThat(PlanValidator.validate(s, assessments, p)).extracting(PlanViolation::code)
                .containsExactlyInAnyOrder(ViolationCode.NOT_AN_INTAKE_DATE, ViolationCode.OUTSIDE_HORIZON);
    }

    @Test
    void findsADwellingForAnAsylumSeeker() {
        Scenario s = scenario(20, List.of(household("h")), List.of(person("x", "h", START.minusYears(30),
                        ResidenceStatus.ASYLUM_SEEKER, CefrLevel.NONE, List.of())),
                List.of(dwelling("d", 0, 2, 2)), List.of(), List.of(), List.of(), List.of());
        Plan p = plan(s, List.of(new HousingPlacement("h", List.of("x"), "d", 0, week(0))), List.of());

        assertThat(PlanValidator.validate(s, List.of(assessment("x", 30, housing(0))), p))
                .extracting(PlanViolation::code).containsExactly(ViolationCode.DWELLING_FOR_ASYLUM_SEEKER);
    }

    @Test
    void anAsylumSeekerWithAnExpectedPermitMayMoveInFromThatDateButNotBefore() {
        Person seeker = person("x", "h", START.minusYears(30), ResidenceStatus.ASYLUM_SEEKER, CefrLevel.NONE, List.of())
                .toBuilder().expectedPermitDate(START.plusWeeks(5)).build();
        Scenario s = scenario(20, List.of(household("h")), List.of(seeker), List.of(dwelling("d", 0, 2, 2)),
                List.of(), List.of(), List.of(), List.of());
        List<Assessment> assessments = List.of(assessment("x", 30, housing(0)));

        assertThat(PlanValidator.validate(s, assessments,
                plan(s, List.of(new HousingPlacement("h", List.of("x"), "d", 4, week(4))), List.of())))
                .extracting(PlanViolation::code).containsExactly(ViolationCode.DWELLING_FOR_ASYLUM_SEEKER);
        assertThat(PlanValidator.validate(s, assessments,
                plan(s, List.of(new HousingPlacement("h", List.of("x"), "d", 5, week(5))), List.of()))).isEmpty();
    }
}
