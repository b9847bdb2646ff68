package nl.tegelijk.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How to solve: termination, random seed, self-checks, warm start, value-range size and a progress listener.
 * Immutable; thread-safe as long as the listener is. Start from {@link #defaults()} or {@link #moves(long, long)} and
 * change what you need with the {@code with…} and {@code without…} methods; each checks its value at once and names
 * it in an {@link IllegalArgumentException}, so a bad option never reaches the solver.
 *
 * <p>For a deterministic run set a move-count limit and no time limits: same input, options and seed give equal plans.
 */
public final class PlanOptions {

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

    /** How much the solver checks its own work while solving; more checking is much slower. */
    public enum Checking {
        /** No self-checks: for production (reproducible with the same seed). */
        OFF,
        /** Checks the score after each step: for debugging a constraint. */
        STEP,
        /** Recalculates the full score after every move: for tests only. */
        FULL
    }

    private static final Pattern SCORE = Pattern.compile("-?\\d+hard/-?\\d+medium/-?\\d+soft");

    private final Duration timeLimit;
    private final Duration unimprovedTimeLimit;
    private final String bestScoreLimit;
    private final Integer stepCountLimit;
    private final Long moveCountLimit;
    private final long randomSeed;
    private final Checking checking;
    private final WarmStart warmStart;
    private final Plan warmStartPlan;
    private final int startWeeksPerResource;
    private final int resourcesPerTrack;
    private final boolean explainPerPerson;
    private final Consumer<PlanProgress> progressListener;

    private PlanOptions(Duration timeLimit, Duration unimprovedTimeLimit, String bestScoreLimit, Integer stepCountLimit, Long moveCountLimit, long randomSeed, Checking checking, WarmStart warmStart, Plan warmStartPlan, int startWeeksPerResource, int resourcesPerTrack, boolean explainPerPerson, Consumer<PlanProgress> progressListener) {
        checkArgument(timeLimit == null || isPositive(timeLimit),
                "timeLimit (%s) must be positive. Maybe use withoutTimeLimit().", timeLimit);
        checkArgument(unimprovedTimeLimit == null || isPositive(unimprovedTimeLimit),
                "unimprovedTimeLimit (%s) must be positive. Maybe use withoutUnimprovedTimeLimit().",
                unimprovedTimeLimit);
        checkArgument(bestScoreLimit == null || SCORE.matcher(bestScoreLimit).matches(),
                "bestScoreLimit (%s) must be a score such as 0hard/0medium/-100soft", bestScoreLimit);
        checkArgument(stepCountLimit == null || stepCountLimit >= 0, "stepCountLimit (%s) must not be negative",
                stepCountLimit);
        checkArgument(moveCountLimit == null || moveCountLimit >= 0,
                "moveCountLimit (%s) must not be negative (0 returns the warm start)", moveCountLimit);
        requireNonNull(checking, "checking");
        requireNonNull(warmStart, "warmStart");
        checkArgument(warmStart != WarmStart.GIVEN_PLAN || warmStartPlan != null,
                "warmStart (GIVEN_PLAN) needs a warmStartPlan. Maybe use withWarmStartPlan(plan).");
        checkArgument(startWeeksPerResource > 0, "startWeeksPerResource (%s) must be positive", startWeeksPerResource);
        checkArgument(resourcesPerTrack > 0, "resourcesPerTrack (%s) must be positive", resourcesPerTrack);
        requireNonNull(progressListener, "progressListener");
        this.timeLimit = timeLimit;
        this.unimprovedTimeLimit = unimprovedTimeLimit;
        this.bestScoreLimit = bestScoreLimit;
        this.stepCountLimit = stepCountLimit;
        this.moveCountLimit = moveCountLimit;
        this.randomSeed = randomSeed;
        this.checking = checking;
        this.warmStart = warmStart;
        this.warmStartPlan = warmStartPlan;
        this.startWeeksPerResource = startWeeksPerResource;
        this.resourcesPerTrack = resourcesPerTrack;
        this.explainPerPerson = explainPerPerson;
        this.progressListener = progressListener;
    }

    /** Defaults: 30 s time limit, 5 s unimproved, seed 0, no self-checks, greedy warm start, 10 weeks, 30 resources. */
    public static PlanOptions defaults() {
        return new PlanOptions(Duration.ofSeconds(30), Duration.ofSeconds(5), null, null, null, 0L, Checking.OFF,
                WarmStart.GREEDY_PARALLEL, null, 10, 30, true, p -> { });
    }

    /** Deterministic: only a move-count limit (evaluated moves), no wall-clock termination. */
    public static PlanOptions moves(long moves, long seed) {
        return defaults().withoutTimeLimit().withoutUnimprovedTimeLimit().withMoveCountLimit(moves)
                .withRandomSeed(seed);
    }

    private static boolean isPositive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    /** Stop after this long; empty when not set. */
    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeLimit);
    }

    /**
     * Stop when local search has not improved the best score for this long, counted from its first step (after the
     * warm start); empty when not set.
     */
    public Optional<Duration> unimprovedTimeLimit() {
        return Optional.ofNullable(unimprovedTimeLimit);
    }

    /** Stop when this score (e.g. {@code 0hard/0medium/-100soft}) is reached; empty when not set. */
    public Optional<String> bestScoreLimit() {
        return Optional.ofNullable(bestScoreLimit);
    }

    /** Stop local search after this many steps (deterministic; a step in a local optimum may take long, prefer {@code moveCountLimit}); empty when not set. */
    public Optional<Integer> stepCountLimit() {
        return Optional.ofNullable(stepCountLimit);
    }

    /** Stop after this many evaluated moves (deterministic); empty when not set. */
    public Optional<Long> moveCountLimit() {
        return Optional.ofNullable(moveCountLimit);
    }

    /** The random seed. */
    public long randomSeed() {
        return randomSeed;
    }

    /** How much the solver checks itself ({@link Checking#FULL} in tests). */
    public Checking checking() {
        return checking;
    }

    /** What to start from. */
    public WarmStart warmStart() {
        return warmStart;
    }

    /** The plan to start from when {@link #warmStart()} is {@link WarmStart#GIVEN_PLAN}; empty when not set. */
    public Optional<Plan> warmStartPlan() {
        return Optional.ofNullable(warmStartPlan);
    }

    /** Start weeks per resource in a track's value range (dense first, then spreading out). */
    public int startWeeksPerResource() {
        return startWeeksPerResource;
    }

    /** Resources in a track's value range, earliest start first. */
    public int resourcesPerTrack() {
        return resourcesPerTrack;
    }

    /** Include the per-person score analysis in the plan. */
    public boolean explainPerPerson() {
        return explainPerPerson;
    }

    /** Called on every new best solution, on the solver thread. */
    public Consumer<PlanProgress> progressListener() {
        return progressListener;
    }

    /** A copy with timeLimit set. */
    public PlanOptions withTimeLimit(Duration value) {
        return new PlanOptions(requireNonNull(value, "timeLimit"), unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy without timeLimit. */
    public PlanOptions withoutTimeLimit() {
        return new PlanOptions(null, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy with unimprovedTimeLimit set. */
    public PlanOptions withUnimprovedTimeLimit(Duration value) {
        return new PlanOptions(timeLimit, requireNonNull(value, "unimprovedTimeLimit"), bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy without unimprovedTimeLimit. */
    public PlanOptions withoutUnimprovedTimeLimit() {
        return new PlanOptions(timeLimit, null, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy with bestScoreLimit set. */
    public PlanOptions withBestScoreLimit(String value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, requireNonNull(value, "bestScoreLimit"), stepCountLimit, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy without bestScoreLimit. */
    public PlanOptions withoutBestScoreLimit() {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, null, stepCountLimit, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy with stepCountLimit set. */
    public PlanOptions withStepCountLimit(int value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, value, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy without stepCountLimit. */
    public PlanOptions withoutStepCountLimit() {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, null, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy with moveCountLimit set. */
    public PlanOptions withMoveCountLimit(long value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, value, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy without moveCountLimit. */
    public PlanOptions withoutMoveCountLimit() {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, null, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy with randomSeed set. */
    public PlanOptions withRandomSeed(long value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, value, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy with checking set. */
    public PlanOptions withChecking(Checking value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, value, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy with warmStart set. */
    public PlanOptions withWarmStart(WarmStart value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, checking, value, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy with explainPerPerson set. */
    public PlanOptions withExplainPerPerson(boolean value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, value, progressListener);
    }

    /** A copy with progressListener set. */
    public PlanOptions withProgressListener(Consumer<PlanProgress> value) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeksPerResource, resourcesPerTrack, explainPerPerson, value);
    }

    /** A copy that starts from {@code plan} ({@link WarmStart#GIVEN_PLAN}). */
    public PlanOptions withWarmStartPlan(Plan plan) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, checking, WarmStart.GIVEN_PLAN, requireNonNull(plan, "plan"), startWeeksPerResource, resourcesPerTrack, explainPerPerson, progressListener);
    }

    /** A copy with {@code startWeeks} start weeks per resource and {@code resources} resources per track. */
    public PlanOptions withValueRange(int startWeeks, int resources) {
        return new PlanOptions(timeLimit, unimprovedTimeLimit, bestScoreLimit, stepCountLimit, moveCountLimit, randomSeed, checking, warmStart, warmStartPlan, startWeeks, resources, explainPerPerson, progressListener);
    }

    @Override
    public String toString() {
        return "PlanOptions[timeLimit=" + timeLimit + ", unimprovedTimeLimit=" + unimprovedTimeLimit
                + ", bestScoreLimit=" + bestScoreLimit + ", stepCountLimit=" + stepCountLimit + ", moveCountLimit="
                + moveCountLimit + ", randomSeed=" + randomSeed + ", checking=" + checking + ", warmStart=" + warmStart
                + ", startWeeksPerResource=" + startWeeksPerResource + ", resourcesPerTrack=" + resourcesPerTrack
                + ", explainPerPerson=" + explainPerPerson + "]";
    }
}
