package nl.tegelijk.monitoring;

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
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolKind;
import nl.tegelijk.monitoring.CouncilFigures.DomainFigures;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanScore;
import nl.tegelijk.planning.ScoreExplanation;
import nl.tegelijk.planning.TrackPlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The council report's own figures on the family scenario with a hand-made plan, numbers chosen on the edges: whole
 * weeks rounded down, "within 4 weeks" including the fourth, a voluntary course not counted as the legal one, work and
 * participation told apart by the placement's kind.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CouncilFigureDefinitionsTest {

    private static Scenario withDates() {
        Scenario f = family();
        List<Person> persons = f.persons().stream().map(p -> switch (p.id()) {
            case "a1" -> p.toBuilder().permitGrantedDate(START.minusDays(73)).linkedToMunicipalityDate(START.plusDays(1))
                    .build();
            case "a2" -> p.toBuilder().permitGrantedDate(START.minusDays(6)).build();
            default -> p;
        }).toList();
        return scenario(52, f.households(), persons, f.dwellings(), f.courseGroups(), f.schoolClasses(),
                List.of(f.placements().get(0), placement("vol", PlacementKind.VOLUNTEER_WORK, "care", CefrLevel.NONE,
                        4, 8, 26)), f.housingQuotas());
    }

    private static List<Assessment> assessments() {
        TrackRequirement course = language(0, CourseKind.B1_ROUTE);
        return List.of(
                assessment("a1", 32, housing(0), language(0, CourseKind.B1_ROUTE), work(2, PlacementKind.TRAINEESHIP)),
                assessment("a2", 32, housing(0), new TrackRequirement(course.track(), course.earliestStart(),
                        Optional.empty(), course.courseKinds(), Set.of(), Set.of(), true, course.ruleId(), Optional.empty(),
                        false)),
                assessment("c1", 32, housing(0), school(0, 12, SchoolKind.PRIMARY_NEWCOMER_CLASS)),
                assessment("b1", 32, housing(1), language(1, CourseKind.B1_ROUTE),
                        work(0, PlacementKind.TRAINEESHIP, PlacementKind.VOLUNTEER_WORK)));
    }

    private static Plan plan() {
        return new Plan("test", START, 52, PlanMethod.OPTIMISED,
                List.of(new HousingPlacement("h1", List.of("a1", "a2", "c1"), "d1", 4, week(4))),
                List.of(new TrackPlacement("a1", TrackKind.LANGUAGE, "b1course", 4, week(4), 24, 12, "WI21-ROUTE-B1"),
                        new TrackPlacement("a1", TrackKind.WORK, "trainee", 10, week(10), 36, 16, "WI21-MAP-01"),
                        new TrackPlacement("a2", TrackKind.LANGUAGE, "b1course", 1, week(1), 21, 12, "WI21-ROUTE-B1"),
                        new TrackPlacement("c1", TrackKind.EDUCATION, "prim", 2, week(2), 54, 25, "EDU-ASYL-01"),
                        new TrackPlacement("b1", TrackKind.LANGUAGE, "b1course", 30, week(30), 50, 12, "WI21-ROUTE-B1"),
                        new TrackPlacement("b1", TrackKind.WORK, "vol", 20, week(20), 46, 8, "WI21-MAP-01")),
                List.of(), new PlanScore(0, 0, 0, true), new ScoreExplanation(List.of(), List.of()), List.of());
    }

    private final CouncilFigures f = CouncilFigures.of(withDates(), assessments(), plan());

    @Test
    void weeksToMovingInAreWholeWeeksRoundedDownOfThoseHoused() {
        // a1: 73 + 28 = 101 days, 14 weeks; a2: 6 + 28 = 34 days, 4 weeks; c1 has no permit date; b1 is not housed.
        assertThat(f.permitToHousing()).isEqualTo(new Distribution(2, 18, 4, 14));
        assertThat(f.linkToHousing()).isEqualTo(new Distribution(1, 3, 3, 3));
        assertThat(f.housedOfPermitHolders()).isEqualTo(new Share(3, 4));
    }

    @Test
    void languageWithinNWeeksCountsTheFourthWeekAndOnlyRequiredCourses() {
        // a1 starts 4 weeks after its earliest start; b1 29 weeks; a2's course is voluntary.
        assertThat(f.languageWithin4Weeks()).isEqualTo(new Share(1, 2));
        assertThat(f.languageWithin12Weeks()).isEqualTo(new Share(1, 2));
    }

    @Test
    void childrenInSchoolWithinTheTermAndAdultsInWorkOrParticipation() {
        assertThat(f.childrenInSchoolInTerm()).isEqualTo(new Share(1, 1));
        assertThat(f.childrenTermPassedBeforeStart()).isZero();
        assertThat(f.adultsInWorkOrParticipation()).isEqualTo(new Share(2, 2));
    }

    @Test
    void workAndParticipationAreToldApartByThePlacementKind() {
        assertThat(domain(LifeDomain.WORK).started()).contains(new Share(1, 2));
        assertThat(domain(LifeDomain.PARTICIPATION).started()).contains(new Share(1, 2));
        assertThat(domain(LifeDomain.HOUSING).started()).contains(new Share(3, 4));
        assertThat(domain(LifeDomain.HEALTH_AND_SAFETY).started()).isEmpty();
    }

    @Test
    void theComparisonFiguresAreThoseOfPlanFigures() {
        assertThat(f.plan()).isEqualTo(PlanMetrics.of(withDates(), assessments(), plan()));
        assertThat(f.quota()).containsExactly(new QuotaRealised("2016-H1", 3, 4));
    }

    private DomainFigures domain(LifeDomain d) {
        return f.domains().stream().filter(x -> x.domain() == d).findFirst().orElseThrow();
    }
}
