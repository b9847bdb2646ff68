package nl.tegelijk.planning;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.CompletableFuture;

/**
 * A plan being made in the background by {@link AsyncPlanner}. Thread-safe.
 *
 * <p>{@link #result()} completes with the best plan when a termination of the plan options is reached or
 * {@link #stopEarly()} is called, and exceptionally when solving fails. The plan is immutable and owned by the caller.
 */
public final class PlanningJob {

    private final CompletableFuture<Plan> result;
    private final Runnable stop;

    PlanningJob(CompletableFuture<Plan> result, Runnable stop) {
        this.result = requireNonNull(result, "result");
        this.stop = requireNonNull(stop, "stop");
    }

    /** The plan, once solving has ended; a copy of the future, so completing it does not touch the job. */
    public CompletableFuture<Plan> result() {
        return result.copy();
    }

    /** Ends solving now; {@link #result()} then completes with the best plan found so far. Idempotent. */
    public void stopEarly() {
        stop.run();
    }

    /** True when solving has ended. */
    public boolean isDone() {
        return result.isDone();
    }
}
