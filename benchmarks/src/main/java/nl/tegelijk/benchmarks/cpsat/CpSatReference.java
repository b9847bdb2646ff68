package nl.tegelijk.benchmarks.cpsat;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.tegelijk.planning.domain.Slot;

/**
 * Solves a {@link ReferenceInstance} with OR-Tools CP-SAT (see {@link CpSatModel}) for a time limit with a fixed number
 * of workers, hinted with the same greedy warm start the Tegelijk planner starts from. Stateless and
 * thread-safe; the native library is loaded once, on first use.
 */
public final class CpSatReference {

    private CpSatReference() {
    }

    /**
     * The outcome of one CP-SAT solve.
     *
     * @param status CP-SAT's status: {@code OPTIMAL}, {@code FEASIBLE}, or {@code UNKNOWN} when it found nothing
     * @param objective the best solution's objective (the {@link ReferenceObjective} total), or -1 without solution
     * @param bound the proven lower bound of the objective
     * @param assignment the best solution, entity id to slot (empty without solution)
     * @param choices the number of slot choices (Boolean variables) in the model
     * @param slotsOutsideRules value-range slots left out because they break a hard rule (0 expected)
     * @param buildMillis the time to build the model
     * @param solveMillis the wall time of the solve
     */
    public record Result(String status, long objective, long bound, Map<String, Slot> assignment, int choices,
                         int slotsOutsideRules, long buildMillis, long solveMillis) {
        public Result {
            assignment = Map.copyOf(assignment);
        }

        /** True when CP-SAT found a solution. */
        public boolean solved() {
            return status.equals("OPTIMAL") || status.equals("FEASIBLE");
        }
    }

    /** Solves for {@code timeLimit} with {@code workers} workers and the given seed. */
    public static Result solve(ReferenceInstance instance, ReferenceObjective objective, Duration timeLimit,
                               int workers, int seed) {
        checkArgument(workers > 0, "workers (%s) must be positive", workers);
        checkArgument(!timeLimit.isNegative() && !timeLimit.isZero(), "timeLimit (%s) must be positive", timeLimit);
        Loader.loadNativeLibraries();
        long started = System.nanoTime();
        CpSatModel model = new CpSatModel(instance, objective);
        long built = System.nanoTime();
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(timeLimit.toMillis() / 1000.0).setNumWorkers(workers)
                .setRandomSeed(seed);
        if (Boolean.getBoolean("cpsat.log")) {
            solver.getParameters().setLogSearchProgress(true);
            solver.setLogCallback(System.out::println);
        }
        CpSolverStatus status = solver.solve(model.model());
        long solved = System.nanoTime();
        Map<String, Slot> assignment = new HashMap<>();
        boolean found = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        if (found) {
            model.choices().forEach((id, list) -> list.stream().filter(c -> solver.booleanValue(c.chosen()))
                    .forEach(c -> assignment.put(id, c.slot())));
        }
        int choices = model.choices().values().stream().mapToInt(List::size).sum();
        return new Result(status.name(), found ? Math.round(solver.objectiveValue()) : -1,
                (long) Math.ceil(solver.bestObjectiveBound() - 1e-6), assignment, choices,
                model.slotsOutsideRules(), (built - started) / 1_000_000, (solved - built) / 1_000_000);
    }
}
