package nl.tegelijk.planning;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>Thread-safe: one instance serves concurrent calls. Solver threads are daemon threads named
 * {@code tegelijk-solver-N}, so they never keep a JVM alive. Close it to stop them; jobs still running are ended, and
 * every later {@link #submit} throws {@link IllegalStateException}.
 */
public final class AsyncPlanner implements AutoCloseable {

    private final AtomicBoolean closed = new AtomicBoolean();

    private final Map<SolverFactory<PlanningSchedule>, SolverManager<PlanningSchedule, Long>> managers =
            new ConcurrentHashMap<>();
    private final AtomicLong jobIds = new AtomicLong();

    /** Starts planning and returns at once; see {@link Planner#plan(Scenario, List, PlanOptions, FrozenPast)}. */
    public PlanningJob submit(Scenario scenario, List<Assessment> assessments, PlanOptions options, FrozenPast frozen,
                              Consumer<Plan> bestPlanListener) {
        requireOpen();
        PlanningProblem problem = DefaultPlanner.prepare(scenario, assessments, options, frozen);
        SolverManager<PlanningSchedule, Long> manager;
        synchronized (managers) {
            requireOpen();
            manager = managers.computeIfAbsent(DefaultPlanner.factory(options, problem), factory -> SolverManager.create(
                    factory, new SolverManagerConfig().withThreadFactoryClass(SolverThreads.class)));
        }
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

    /** Ends every job and stops the solver threads; idempotent. */
    @Override
    public void close() {
        synchronized (managers) {
            closed.set(true);
            managers.values().forEach(SolverManager::close);
            managers.clear();
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("The planner is closed; create a new engine to plan again");
        }
    }

    /**
     * The solver threads: daemon threads named {@code tegelijk-solver-N}. Public only because Timefold creates it by
     * reflection; not API.
     */
    public static final class SolverThreads implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "tegelijk-solver-" + COUNT.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
