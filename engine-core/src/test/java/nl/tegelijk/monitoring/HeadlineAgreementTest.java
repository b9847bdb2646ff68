package nl.tegelijk.monitoring;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.Planner;
import nl.tegelijk.planning.ScoreExplanation.ConstraintScore;
import nl.tegelijk.planning.baseline.GreedyParallelPlanner;
import nl.tegelijk.planning.baseline.SequentialPlanner;
import nl.tegelijk.planning.constraints.ConstraintNames;
import org.junit.jupiter.api.Test;

/**
 * The optimiser's headline constraint and the monitoring figure measure the same thing: on solved plans (and on both
 * baselines, which the constraints score too) the constraint's penalty divided by its weight equals the sum of
 * {@link PlanFigures#weeksToFullParticipation(String, NeedScope)} over the persons with a required track, and it
 * matches once per such person.
 */
class HeadlineAgreementTest {

    @Test
    void theConstraintAndTheFigureAgreeOnTheSolvedFamilyPlanAndItsBaselines() {
        assertAgreement(family(), familyAssessments());
    }

    @Test
    void theyAgreeWhenArrivalsDifferRequiredTracksStayUnplannedAndVoluntaryTracksAreLeftOut() {
        Scenario f = family();
        Scenario crowded = scenario(40, f.households(), f.persons(), f.dwellings(), f.courseGroups(),
                f.schoolClasses(), List.of(placement("trainee", PlacementKind.TRAINEESHIP, "construction",
                        CefrLevel.A1, 1, 16, 30)), f.housingQuotas());
        TrackRequirement course = language(3, CourseKind.B1_ROUTE);
        List<Assessment> assessments = List.of(
                assessment("a1", 32, housing(5), language(0, CourseKind.B1_ROUTE), work(2, PlacementKind.TRAINEESHIP)),
                assessment("a2", 32, housing(0), new TrackRequirement(course.track(), course.earliestStart(),
                        course.deadline(), course.courseKinds(), course.schoolKinds(), course.placementKinds(), true,
                        course.ruleId(), Optional.empty(), false)),
                assessment("c1", 32, housing(0), school(6, 20, nl.tegelijk.model.SchoolKind.PRIMARY_NEWCOMER_CLASS)),
                assessment("b1", 32, housing(1), language(9, CourseKind.B1_ROUTE),
                        work(0, PlacementKind.TRAINEESHIP)));

        assertAgreement(crowded, assessments);
    }

    private static void assertAgreement(Scenario scenario, List<Assessment> assessments) {
        Plan optimised = Planner.create().plan(scenario, assessments, PlanOptions.moves(500, 3));
        for (Plan plan : List.of(optimised, SequentialPlanner.plan(scenario, assessments),
                GreedyParallelPlanner.plan(scenario, assessments))) {
            ConstraintScore headline = plan.explanation().constraints().stream()
                    .filter(c -> c.constraint().equals(ConstraintNames.WEEKS_TO_FULL_PARTICIPATION)).findFirst()
                    .orElseThrow();
            Distribution figure = PlanFigures.of(scenario, assessments, plan)
                    .weeksToFullParticipation(NeedScope.REQUIRED);

            assertThat(headline.impact() / headline.weight()).as(String.valueOf(plan.method())).isEqualTo(figure.total());
            assertThat(headline.matches()).as(String.valueOf(plan.method())).isEqualTo(figure.count());
        }
    }
}
