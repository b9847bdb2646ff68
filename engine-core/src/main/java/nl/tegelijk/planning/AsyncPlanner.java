package nl.tegelijk.planning;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.PlanningSchedule;

/**
 * Plans in the background on Timefold's {@code SolverManager}: one job per call, a best-plan event for every new best
 * solution, and a way to stop early that still yields the best plan so far. Jobs beyond the solver manager's parallel
 * solver count (by default half the processors, at least one) wait in line.
 *
 * <p>Thread-safe: one instance serves concurrent calls. Close it to stop its solver threads; jobs still running are
 * ended.
 */
public final class AsyncPlanner implements AutoCloseable {

    private final Map<SolverFactory<PlanningSchedule>, SolverManager<PlanningSchedule, Long>> managers =
            new ConcurrentHashMap<>();
    private final AtomicLong jobIds = new AtomicLong();

    /** Starts planning and returns at once; see {@link Planner#plan(Scenario, List, PlanOptions, FrozenPast)}. */
    public PlanningJob submit(Scenario scenario, List<Assessment> assessments, PlanOptions options, FrozenPast frozen,
                              Consumer<Plan> bestPlanListener) {
        PlanningProblem problem = DefaultPlanner.prepare(scenario, assessments, options, frozen);
        SolverManager<PlanningSchedule, Long> manager = managers.computeIfAbsent(DefaultPlanner.factory(options),
                SolverManager::create);
        CompletableFuture<Plan> result = new CompletableFuture<>();
        AtomicBoolean started = new AtomicBoolean();
        long id = jobIds.incrementAndGet();
        long submitted = System.currentTimeMillis();
        int participants = problem.schedule().getParticipants().size();
        var job = manager.solveBuilder()
                .withProblemId(id)
                .withProblem(problem.schedule())
                .withConfigOverride(DefaultPlanner.override(options))
                .withSolverJobStartedEventConsumer(e -> started.set(true))
                .withBestSolutionEventConsumer(e -> {
                    options.progressListener().accept(DefaultPlanner.progress(e.solution(),
                            System.currentTimeMillis() - submitted, participants));
                    bestPlanListener.accept(DefaultPlanner.finish(scenario, problem, e.solution(), false));
                })
                .withFinalBestSolutionConsumer(best -> result.complete(
                        DefaultPlanner.finish(scenario, problem, best, options.explainPerPerson())))
                .withExceptionHandler((jobId, error) -> result.completeExceptionally(error))
                .run();
        return new PlanningJob(result, () -> {
            job.terminateEarly();
            if (!started.get()) {
                // Stopped before it started solving: the warm start is the best plan so far.
                PlanningProblem initial = DefaultPlanner.prepare(scenario, assessments, options, frozen);
                result.complete(DefaultPlanner.finish(scenario, initial, initial.schedule(),
                        options.explainPerPerson()));
            }
        });
    }

    @Override
    public void close() {
        managers.values().forEach(SolverManager::close);
        managers.clear();
    }
}
