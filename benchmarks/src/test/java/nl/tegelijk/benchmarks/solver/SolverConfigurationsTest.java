package nl.tegelijk.benchmarks.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.benchmarks.support.Dataset;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanAssembler;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.validation.PlanValidator;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The local-search variants of the planner's configuration that issue 14 compares: each solves the tutorial dataset
 * in {@code FULL_ASSERT} mode (Timefold checks every move's score and undo), its plan passes the independent
 * validator, and the same seed gives the same score twice.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolverConfigurationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"tabu-pick-early", "same-resource-swap", "pick-early-swap", "tabu-swap-displace",
        "pick-early-swap-displace", "pick-early-swap-displace-make-room", "tabu-accepted-100", "ruin-recreate"})
    void variantSolvesUnderFullAssertPassesTheValidatorAndRepeatsItself(String name) {
        Dataset dataset = Dataset.byName("tutorial");

        Plan first = solve(dataset, name);
        Plan second = solve(dataset, name);

        assertThat(PlanValidator.validate(dataset.scenario(), dataset.assessments(), first)).isEmpty();
        assertThat(second.score()).isEqualTo(first.score());
    }

    private static Plan solve(Dataset dataset, String name) {
        SolverConfig config = SolverConfigurations.named(List.of(name)).get(name)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(3L)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(400L));
        PlanningProblem problem = dataset.problem(true);
        PlanningSchedule solved = SolverFactory.<PlanningSchedule>create(config).buildSolver().solve(problem.schedule());
        return PlanAssembler.assemble(dataset.scenario(), new PlanningProblem(problem.calendar(), solved,
                problem.eligible(), problem.slots()), PlanMethod.OPTIMISED, Map.of(), false);
    }
}
