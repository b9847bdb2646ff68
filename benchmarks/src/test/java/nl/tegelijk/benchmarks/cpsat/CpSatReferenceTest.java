package nl.tegelijk.benchmarks.cpsat;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.examples.generate.GeneratorSettings;
import nl.tegelijk.examples.generate.ScenarioGenerator;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.Planner;
import nl.tegelijk.planning.validation.PlanValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

// Runs the solver: a hang fails the test instead of the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CpSatReferenceTest {

    private static final PlanOptions OPTIONS = PlanOptions.defaults();
    private static Scenario scenario;
    private static List<Assessment> assessments;
    private static ReferenceInstance instance;
    private static ReferenceObjective objective;

    @BeforeAll
    static void tenPersons() {
        scenario = ScenarioGenerator.generate(GeneratorSettings.of(10, 7));
        assessments = AssessorProvider.load().create(List.of())
                .assess(IntakeMerger.merge(scenario), AssessmentRequest.on(scenario.planStart()));
        instance = ReferenceInstance.of(scenario, assessments, OPTIONS);
        objective = ReferenceObjective.of(instance);
    }

    @Test
    void cpSatSolutionKeepsEveryHardRuleAndItsObjectiveIsTheEvaluatorsValue() {
        CpSatReference.Result result = CpSatReference.solve(instance, objective, Duration.ofSeconds(20), 2, 1);

        assertThat(result.solved()).as("status %s", result.status()).isTrue();
        assertThat(result.slotsOutsideRules()).isZero();
        assertThat(result.bound()).isLessThanOrEqualTo(result.objective());
        ReferenceObjective.Value value = objective.evaluate(result.assignment());
        assertThat(value.total()).isEqualTo(result.objective());
        Plan plan = instance.toPlan(result.assignment(), PlanMethod.CP_SAT, OPTIONS);
        assertThat(PlanValidator.validate(scenario, assessments, plan)).isEmpty();
        assertThat(plan.score().hard()).isZero();
        assertThat(-plan.score().medium()).isEqualTo(value.medium());
        assertThat(-plan.score().soft()).isEqualTo(value.soft());
    }

    @Test
    void evaluatorGivesTimefoldsMediumAndSoftScoreOfTheWarmStartAndOfATegelijkPlan() {
        Plan warm = instance.toPlan(instance.warmStart(), PlanMethod.GREEDY_PARALLEL, OPTIONS);
        ReferenceObjective.Value warmValue = objective.evaluate(instance.warmStart());
        Plan tegelijk = Planner.create().plan(scenario, assessments, PlanOptions.moves(5_000, 3));
        ReferenceObjective.Value tegelijkValue = objective.evaluate(instance.assignmentOf(tegelijk));

        assertThat(List.of(-warm.score().medium(), -warm.score().soft()))
                .containsExactly(warmValue.medium(), warmValue.soft());
        assertThat(List.of(-tegelijk.score().medium(), -tegelijk.score().soft()))
                .containsExactly(tegelijkValue.medium(), tegelijkValue.soft());
        assertThat(tegelijkValue.total()).isLessThan(warmValue.total());
    }
}
