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
import java.util.HashMap;
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
     * Problems with more tracks than this are solved with {@link #standard}'s plain tabu search, smaller ones with
     * {@link #forFewerTracks}. Measured (docs/PLANNING.md, "Local-search variants"): pick-early with same-resource
     * swaps and displace moves wins on zaanstad-2016 (about 3,000 tracks) and reaches CP-SAT's optimum of the medium
     * level at 50 persons, but loses at 20,000 persons (52,702 tracks), where its steps cost too much. No size between
     * was measured: the bound is an assumption.
     */
    public static final int MOST_TRACKS_FOR_TWO_TRACK_MOVES = 20_000;

    /** One in five moves a same-resource swap, one in five of the rest a displace (as measured). */
    private static final String SAME_RESOURCE_SWAP_RATIO = "0.2";
    private static final String DISPLACE_RATIO = "0.2";
    /** One in five of the remaining moves a make-room move (as measured). */
    private static final String MAKE_ROOM_RATIO = "0.2";

    /** Whether a problem of {@code tracks} tracks is solved with {@link #forFewerTracks} ({@link #forSize}'s bound). */
    public static boolean usesTwoTrackMoves(int tracks) {
        return tracks <= MOST_TRACKS_FOR_TWO_TRACK_MOVES;
    }

    /**
     * The configuration the {@link Planner} solves with for {@code tracks} tracks: {@link #forFewerTracks} up to
     * {@link #MOST_TRACKS_FOR_TWO_TRACK_MOVES}, {@link #standard} above.
     */
    public static SolverConfig forSize(int tracks, EnvironmentMode mode, long seed,
                                       Optional<Integer> localSearchSteps) {
        return usesTwoTrackMoves(tracks) ? forFewerTracks(mode, seed, localSearchSteps)
                : standard(mode, seed, localSearchSteps);
    }

    /**
     * {@link #standard} with tabu search that picks early ({@link #pickEarly}) and two-track moves
     * ({@link #twoTrackMoves}, displace included, {@link #makingRoom make-room} too).
     */
    public static SolverConfig forFewerTracks(EnvironmentMode mode, long seed, Optional<Integer> localSearchSteps) {
        SolverConfig config = standard(mode, seed, localSearchSteps);
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
        pickEarly(localSearch).withMoveSelectorConfig(makingRoom(twoTrackMoves(true)));
        return config;
    }

    /**
     * {@code moves} with one in five of the moves left after swaps and displace a make-room move: a required track
     * starts early and the person's voluntary track that would hold its hours is taken out. Changes and returns
     * {@code moves}.
     */
    private static MoveIteratorFactoryConfig makingRoom(MoveIteratorFactoryConfig moves) {
        Map<String, String> properties = new HashMap<>(moves.getMoveIteratorFactoryCustomProperties());
        properties.put("makeRoomRatio", MAKE_ROOM_RATIO);
        return moves.withMoveIteratorFactoryCustomProperties(properties);
    }

    /**
     * {@code localSearch} made tabu search that picks early: the step is the first accepted move that improves on the
     * last step's score, else the best of 1,000 accepted. Changes and returns {@code localSearch}.
     */
    public static LocalSearchPhaseConfig pickEarly(LocalSearchPhaseConfig localSearch) {
        localSearch.setLocalSearchType(null);
        return localSearch.withAcceptorConfig(new LocalSearchAcceptorConfig().withAcceptorTypeList(
                        List.of(AcceptorType.ENTITY_TABU)))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1_000)
                        .withPickEarlyType(LocalSearchPickEarlyType.FIRST_LAST_STEP_SCORE_IMPROVING));
    }

    /**
     * {@link EarlyStartMoveFactory}'s moves with one in five a swap of two tracks on the same resource and, if
     * {@code displace}, one in five of the rest a displace move (a track takes a place, the track there moves
     * elsewhere).
     */
    public static MoveIteratorFactoryConfig twoTrackMoves(boolean displace) {
        return new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(EarlyStartMoveFactory.class)
                .withMoveIteratorFactoryCustomProperties(displace
                        ? Map.of("sameResourceSwapRatio", SAME_RESOURCE_SWAP_RATIO, "displaceRatio", DISPLACE_RATIO)
                        : Map.of("sameResourceSwapRatio", SAME_RESOURCE_SWAP_RATIO));
    }

    /**
     * The configuration the {@link Planner} solves problems of more than {@link #MOST_TRACKS_FOR_TWO_TRACK_MOVES} tracks
     * with, and the base of {@link #forFewerTracks}: the greedy warm start as a phase of its own
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
     * @param localSearchSteps a step-count limit for local search, if any
     */
    public static SolverConfig standard(EnvironmentMode mode, long seed, Optional<Integer> localSearchSteps) {
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withLocalSearchType(LocalSearchType.TABU_SEARCH)
                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(EarlyStartMoveFactory.class));
        localSearchSteps.ifPresent(s -> localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(s)));
        return model()
                .withEnvironmentMode(mode)
                .withRandomSeed(seed)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(WarmStartPhase.class)),
                        localSearch)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(30L));
    }
}
