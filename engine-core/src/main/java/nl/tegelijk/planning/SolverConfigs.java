package nl.tegelijk.planning;

import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchPickEarlyType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.planning.constraints.TegelijkConstraintProvider;
import nl.tegelijk.planning.domain.EarlyStartMoveFactory;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.TrackAssignment;
import nl.tegelijk.planning.domain.WarmStartPhase;

/**
 * Timefold solver configurations of Tegelijk's planning model, for the {@link Planner} and for benchmarks that
 * compare configurations. Each call returns a new, mutable {@link SolverConfig}.
 */
public final class SolverConfigs {

    /** Accepted moves per step of the planner's tabu search: Timefold's own for {@link LocalSearchType#TABU_SEARCH}. */
    public static final int ACCEPTED_COUNT_LIMIT = 1_000;

    /** The share of the planner's moves that swap two tracks on the same resource ({@link EarlyStartMoveFactory}). */
    public static final double SAME_RESOURCE_SWAP_RATIO = 0.2;

    /**
     * The share of the planner's other moves in which a track takes a place on one of its resources and the track there
     * moves elsewhere ({@link EarlyStartMoveFactory#setDisplaceRatio}).
     */
    public static final double DISPLACE_RATIO = 0.2;

    private SolverConfigs() {
    }

    /** The model only: solution class, entity class and constraint provider; no phases, no termination. */
    public static SolverConfig model() {
        return new SolverConfig()
                .withSolutionClass(PlanningSchedule.class)
                .withEntityClasses(TrackAssignment.class)
                .withConstraintProviderClass(TegelijkConstraintProvider.class);
    }

    /** Timefold's environment mode for Tegelijk's {@link PlanOptions.Checking}; stays inside the planning package. */
    static EnvironmentMode environmentMode(PlanOptions.Checking checking) {
        return switch (checking) {
            case OFF -> EnvironmentMode.REPRODUCIBLE;
            case STEP -> EnvironmentMode.STEP_ASSERT;
            case FULL -> EnvironmentMode.FULL_ASSERT;
        };
    }

    /**
     * The configuration the {@link Planner} solves with: the greedy warm start as a phase of its own
     * ({@link WarmStartPhase}, under the schedule's warm-start policy), then tabu search over the moves of
     * {@link EarlyStartMoveFactory}; 30 s unless a termination is given per solve. No construction heuristic: a value
     * range holds every allowed slot, so a first-fit pass over an unplaceable track would try thousands of values; what
     * the warm start leaves unassigned stays so (allowed: unplanned is a score level) until local search places it.
     *
     * <p>Tabu search, not Timefold's default late acceptance: late acceptance walks the soft level at random while the
     * medium level (unplanned work, weeks past a deadline) still improves, and the best plan it keeps then carries that
     * walk's damage to waiting times. Measured on zaanstad-2025 at 500,000 evaluated moves (seed 0): mean weeks to full
     * participation 41.7 with tabu search, 47.6 with late acceptance, 44.8 for the greedy-parallel warm start
     * (sequential policy 59.6); see {@code docs/PLANNING.md}.
     *
     * <p>The tabu search is Timefold's ({@link LocalSearchType#TABU_SEARCH}: entity tabu, at most 1,000 accepted moves
     * per step) with one change, <em>pick early</em>: a step is taken at the first accepted move that improves on the
     * last step's score ({@link LocalSearchPickEarlyType#FIRST_LAST_STEP_SCORE_IMPROVING}) instead of after 1,000
     * evaluated moves. More and cheaper steps: on zaanstad-2016 (issue 14, 3 seeds) a better medium and soft score at
     * 15, 30 and 60 s than without it, and a step no longer waits for 1,000 evaluations on a large instance. And one
     * move in five ({@link #SAME_RESOURCE_SWAP_RATIO}) swaps the start weeks of two tracks on the same resource
     * (two people exchange their places in one queue, whatever else they are eligible for): alone, a better medium
     * score at every solver time, beyond the seed spread at 60 s. And of the other moves one in five
     * ({@link #DISPLACE_RATIO}) is a two-change chain: a track takes a place on one of its resources and the track
     * there moves to an early slot elsewhere. Without it, local search at 50 persons stayed at the warm start's medium
     * level, 212 above CP-SAT's proven optimum; with it, equal medium and 0.5 % better soft (CP-SAT chooses start weeks
     * from a 13-week window only).
     *
     * @param localSearchSteps a step-count limit for local search, if any
     */
    public static SolverConfig standard(EnvironmentMode mode, long seed, Optional<Integer> localSearchSteps) {
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withAcceptorTypeList(
                        List.of(AcceptorType.ENTITY_TABU)))
                .withForagerConfig(new LocalSearchForagerConfig()
                        .withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT)
                        .withPickEarlyType(LocalSearchPickEarlyType.FIRST_LAST_STEP_SCORE_IMPROVING))
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(EarlyStartMoveFactory.class)
                        .withMoveIteratorFactoryCustomProperties(Map.of(
                                "sameResourceSwapRatio", String.valueOf(SAME_RESOURCE_SWAP_RATIO),
                                "displaceRatio", String.valueOf(DISPLACE_RATIO))));
        localSearchSteps.ifPresent(s -> localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(s)));
        return model()
                .withEnvironmentMode(mode)
                .withRandomSeed(seed)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(WarmStartPhase.class)),
                        localSearch)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(30L));
    }
}
