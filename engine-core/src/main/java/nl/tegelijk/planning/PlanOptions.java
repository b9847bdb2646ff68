package nl.tegelijk.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How to solve: termination, random seed, environment mode, warm start, value-range size and a progress listener.
 * Immutable; thread-safe as long as the listener is.
 *
 * <p>For a deterministic run set a step-count limit and no time limits: same input, options and seed give equal plans.
 *
 * @param timeLimit stop after this long
 * @param unimprovedTimeLimit stop when the best score has not improved for this long
 * @param bestScoreLimit stop when this score (Timefold notation, e.g. {@code 0hard/0medium/-100soft}) is reached
 * @param stepCountLimit stop local search after this many steps (deterministic; a step in a local optimum may take
 *                       long, prefer {@code moveCountLimit})
 * @param moveCountLimit stop after this many evaluated moves (deterministic)
 * @param randomSeed the random seed
 * @param environmentMode Timefold's environment mode ({@code FULL_ASSERT} in tests)
 * @param warmStart what to start from
 * @param warmStartPlan the plan to start from when {@code warmStart} is {@link WarmStart#GIVEN_PLAN}
 * @param startWeeksPerResource no longer used: a value range holds every allowed start week (docs/PLANNING.md)
 * @param resourcesPerTrack no longer used: a value range holds every eligible resource
 * @param explainPerPerson include the per-person score analysis in the plan
 * @param progressListener called on every new best solution, on the solver thread
 */
public record PlanOptions(Optional<Duration> timeLimit, Optional<Duration> unimprovedTimeLimit,
                          Optional<String> bestScoreLimit, Optional<Integer> stepCountLimit,
                          Optional<Long> moveCountLimit, long randomSeed,
                          EnvironmentMode environmentMode, WarmStart warmStart, Optional<Plan> warmStartPlan,
                          int startWeeksPerResource, int resourcesPerTrack, boolean explainPerPerson,
                          Consumer<PlanProgress> progressListener) {

    /** What the solver starts from. */
    public enum WarmStart {
        /** Nothing: the construction heuristic plans every track. */
        NONE,
        /**
         * A greedy parallel schedule (fast, feasible): every track as early as a place is free, like the greedy-parallel
         * baseline, but seats go first to those who wait for no dwelling (least slack first); the construction
         * heuristic only handles what it left.
         */
        GREEDY_PARALLEL,
        /** A given plan, e.g. yesterday's. */
        GIVEN_PLAN
    }

    public PlanOptions {
        requireNonNull(timeLimit, "timeLimit");
        requireNonNull(unimprovedTimeLimit, "unimprovedTimeLimit");
        requireNonNull(bestScoreLimit, "bestScoreLimit");
        requireNonNull(stepCountLimit, "stepCountLimit");
        requireNonNull(moveCountLimit, "moveCountLimit");
        requireNonNull(environmentMode, "environmentMode");
        requireNonNull(warmStart, "warmStart");
        requireNonNull(warmStartPlan, "warmStartPlan");
        checkArgument(warmStart != WarmStart.GIVEN_PLAN || warmStartPlan.isPresent(),
                "warmStart (GIVEN_PLAN) needs a warmStartPlan. Maybe use withWarmStartPlan(plan).");
        checkArgument(startWeeksPerResource > 0, "startWeeksPerResource (%s) must be positive", startWeeksPerResource);
        checkArgument(resourcesPerTrack > 0, "resourcesPerTrack (%s) must be positive", resourcesPerTrack);
        requireNonNull(progressListener, "progressListener");
    }

    /** Defaults: 30 s time limit, 5 s unimproved, seed 0, REPRODUCIBLE, greedy warm start, 10 weeks, 30 resources. */
    public static PlanOptions defaults() {
        return new PlanOptions(Optional.of(Duration.ofSeconds(30)), Optional.of(Duration.ofSeconds(5)),
                Optional.empty(), Optional.empty(), Optional.empty(), 0L, EnvironmentMode.REPRODUCIBLE, WarmStart.GREEDY_PARALLEL,
                Optional.empty(), 10, 30, true, p -> { });
    }

    /** Deterministic: only a move-count limit (evaluated moves), no wall-clock termination. */
    public static PlanOptions moves(long moves, long seed) {
        return defaults().withTimeLimit(Optional.empty()).withUnimprovedTimeLimit(Optional.empty())
                .withMoveCountLimit(Optional.of(moves)).withRandomSeed(seed);
    }

    public PlanOptions withMoveCountLimit(Optional<Long> value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, value, randomSeed,
                environmentMode, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson,
                progressListener);
    }

    public PlanOptions withTimeLimit(Optional<Duration> value) {
        return new PlanOptions(value, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed,
                environmentMode, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson,
                progressListener);
    }

    public PlanOptions withUnimprovedTimeLimit(Optional<Duration> value) {
        return new PlanOptions(timeLimit, value, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, environmentMode,
                warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    public PlanOptions withBestScoreLimit(Optional<String> value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, value, stepCountLimit, moveCountLimit, randomSeed, environmentMode,
                warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    public PlanOptions withStepCountLimit(Optional<Integer> value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, value, moveCountLimit, randomSeed, environmentMode,
                warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    public PlanOptions withRandomSeed(long value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, value, environmentMode,
                warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    public PlanOptions withEnvironmentMode(EnvironmentMode value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, value,
                warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    public PlanOptions withWarmStart(WarmStart value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed,
                environmentMode, value, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson,
                progressListener);
    }

    public PlanOptions withWarmStartPlan(Plan plan) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed,
                environmentMode, WarmStart.GIVEN_PLAN, Optional.of(plan), startWeeksPerResource, resourcesPerTrack,
                explainPerPerson, progressListener);
    }

    public PlanOptions withValueRange(int startWeeks, int resources) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed,
                environmentMode, warmStart, warmStartPlan, startWeeks, resources, explainPerPerson, progressListener);
    }

    public PlanOptions withExplainPerPerson(boolean value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed,
                environmentMode, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, value,
                progressListener);
    }

    public PlanOptions withProgressListener(Consumer<PlanProgress> value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed,
                environmentMode, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson,
                value);
    }
}
