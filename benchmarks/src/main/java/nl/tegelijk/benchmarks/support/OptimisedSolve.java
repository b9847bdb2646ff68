package nl.tegelijk.benchmarks.support;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanAssembler;
import nl.tegelijk.planning.SolverConfigs;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.PlanningSchedule;

/**
 * Solves a dataset the way the {@link nl.tegelijk.planning.Planner} does by default (greedy-parallel warm start, then
 * {@link SolverConfigs#forSize}'s local search for the problem's size, seed 0 or a given one), for a fixed time, and keeps what
 * the planner's API does not expose: the time to the first feasible plan, the move-evaluation speed and the best
 * plan at earlier checkpoints of the same solve. Not thread-safe; one instance per solve.
 */
public final class OptimisedSolve {

    /**
     * What one solve measured.
     *
     * @param tracks planning entities (tracks to plan)
     * @param buildMillis building the problem, greedy warm start included
     * @param firstFeasibleMillis from the start of the build to the first feasible best solution, or -1 when none
     * @param moveEvaluationSpeed evaluated moves per second over the whole solve
     * @param moveEvaluations evaluated moves
     * @param plans per checkpoint, the best plan found by then (missing when nothing was found by then)
     */
    public record Result(int tracks, long buildMillis, long firstFeasibleMillis, long moveEvaluationSpeed, long moveEvaluations,
                         Map<Duration, Plan> plans) {
        public Result {
            plans = Map.copyOf(plans);
        }
    }

    private OptimisedSolve() {
    }

    /**
     * Solves {@code dataset} for the longest of {@code checkpoints} of solver time, with the planner's default seed 0.
     *
     * @param checkpoints solver times after which to keep the best plan, at least one
     */
    public static Result run(Dataset dataset, List<Duration> checkpoints) {
        return run(dataset, checkpoints, 0L);
    }

    /**
     * Solves {@code dataset} for the longest of {@code checkpoints} of solver time with the solver's random seed
     * {@code seed}.
     *
     * @param checkpoints solver times after which to keep the best plan, at least one
     */
    public static Result run(Dataset dataset, List<Duration> checkpoints, long seed) {
        return run(dataset, checkpoints, tracks -> SolverConfigs.forSize(tracks, EnvironmentMode.REPRODUCIBLE, seed,
                Optional.empty()));
    }

    /**
     * Solves {@code dataset} for the longest of {@code checkpoints} of solver time with {@code config} (its phases,
     * seed and environment mode; its termination is replaced).
     *
     * @param checkpoints solver times after which to keep the best plan, at least one
     */
    public static Result run(Dataset dataset, List<Duration> checkpoints, SolverConfig config) {
        requireNonNull(config, "config");
        return run(dataset, checkpoints, tracks -> config);
    }

    private static Result run(Dataset dataset, List<Duration> checkpoints,
                              java.util.function.IntFunction<SolverConfig> configForTracks) {
        requireNonNull(dataset, "dataset");
        TreeMap<Duration, PlanningSchedule> best = new TreeMap<>();
        checkpoints.forEach(c -> best.put(c, null));
        Duration limit = best.lastKey();
        long started = System.nanoTime();
        PlanningProblem problem = dataset.problem(true);
        long buildMillis = (System.nanoTime() - started) / 1_000_000;
        SolverFactory<PlanningSchedule> factory = SolverFactory.create(
                configForTracks.apply(problem.schedule().getAssignments().size()));
        Solver<PlanningSchedule> solver = factory.buildSolver(new SolverConfigOverride<PlanningSchedule>()
                .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(limit.toMillis())));
        long[] firstFeasible = {-1};
        solver.addEventListener(event -> {
            if (firstFeasible[0] < 0 && event.isNewBestSolutionInitialized() && event.getNewBestScore().isFeasible()) {
                firstFeasible[0] = (System.nanoTime() - started) / 1_000_000;
            }
            for (Duration c : best.tailMap(Duration.ofMillis(event.getTimeMillisSpent()), true).keySet()) {
                best.put(c, event.getNewBestSolution());
            }
        });
        PlanningSchedule last = solver.solve(problem.schedule());
        best.put(limit, last);
        if (firstFeasible[0] < 0 && last.getScore().isFeasible()) {
            firstFeasible[0] = (System.nanoTime() - started) / 1_000_000;
        }
        DefaultSolver<PlanningSchedule> stats = (DefaultSolver<PlanningSchedule>) solver;
        Map<Duration, Plan> plans = new TreeMap<>();
        new ArrayList<>(best.entrySet()).stream().filter(e -> e.getValue() != null).forEach(e -> plans.put(e.getKey(),
                PlanAssembler.assemble(dataset.scenario(), new PlanningProblem(problem.calendar(), e.getValue(),
                        problem.eligible(), problem.slots()), PlanMethod.OPTIMISED, Map.of(), false)));
        return new Result(problem.schedule().getAssignments().size(), buildMillis, firstFeasible[0],
                stats.getMoveEvaluationSpeed(), stats.getMoveEvaluationCount(), plans);
    }
}
