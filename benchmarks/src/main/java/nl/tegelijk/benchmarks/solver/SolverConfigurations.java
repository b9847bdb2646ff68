package nl.tegelijk.benchmarks.solver;

import static com.google.common.base.Preconditions.checkState;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.tegelijk.planning.SolverConfigs;
import nl.tegelijk.planning.domain.EarlyStartMoveFactory;
import nl.tegelijk.planning.domain.TrackAssignment;

/**
 * The solver configurations compared by {@link SolverConfigBenchmark}, each built on {@link SolverConfigs#model()}
 * with a construction heuristic and one local search (the planner's own starts with its greedy warm-start phase instead).
 * Stateless; every call returns new, mutable configurations.
 */
public final class SolverConfigurations {

    /**
     * The name of the planner's own configuration for more than {@link SolverConfigs#MOST_TRACKS_FOR_TWO_TRACK_MOVES}
     * tracks; {@code BaselineComparison}'s default picks the planner's own by the dataset's size.
     */
    public static final String DEFAULT = "default";

    private SolverConfigurations() {
    }

    /**
     * Every configuration by name, in a fixed order: first the planner's own ({@link SolverConfigs#standard}), then
     * other local searches after the default construction heuristic, then the planner's local search after a
     * construction heuristic sorted by {@link MostConstrainedFirst} in place of the planner's warm-start phase.
     */
    public static Map<String, SolverConfig> all() {
        Map<String, SolverConfig> configs = new LinkedHashMap<>();
        configs.put(DEFAULT, planners());
        configs.put("tabu-search", withLocalSearch(new LocalSearchPhaseConfig()
                .withLocalSearchType(LocalSearchType.TABU_SEARCH)));
        configs.put("late-acceptance-100", withLocalSearch(lateAcceptance(100)));
        configs.put("late-acceptance-2000", withLocalSearch(lateAcceptance(2_000)));
        configs.put("great-deluge", withLocalSearch(new LocalSearchPhaseConfig()
                .withLocalSearchType(LocalSearchType.GREAT_DELUGE)));
        SolverConfig sorted = planners();
        List<PhaseConfig> phases = new ArrayList<>(sorted.getPhaseConfigList());
        checkState(phases.get(0) instanceof CustomPhaseConfig,
                "the planner's first phase (%s) is not its warm-start phase. Maybe SolverConfigs changed?",
                phases.get(0));
        phases.set(0, mostConstrainedFirst());
        configs.put("sorted-construction", sorted.withPhaseList(phases));
        // Issue 14's variants, each as measured (docs/PLANNING.md): single and combined changes to the default.
        configs.put("tabu-pick-early", formerDefault(SolverConfigs::pickEarly));
        configs.put("same-resource-swap", formerDefault(ls -> ls.withMoveSelectorConfig(
                SolverConfigs.twoTrackMoves(false))));
        configs.put("pick-early-swap", formerDefault(ls -> SolverConfigs.pickEarly(ls).withMoveSelectorConfig(
                SolverConfigs.twoTrackMoves(false))));
        configs.put("tabu-swap-displace", formerDefault(ls -> ls.withMoveSelectorConfig(
                SolverConfigs.twoTrackMoves(true))));
        configs.put("pick-early-swap-displace", formerDefault(ls -> SolverConfigs.pickEarly(ls).withMoveSelectorConfig(
                SolverConfigs.twoTrackMoves(true))));
        configs.put("pick-early-swap-displace-make-room", SolverConfigs.forFewerTracks(EnvironmentMode.REPRODUCIBLE,
                0L, Optional.empty()));
        configs.put("tabu-accepted-100", formerDefault(ls -> {
            ls.setLocalSearchType(null);
            return ls.withAcceptorConfig(new LocalSearchAcceptorConfig().withAcceptorTypeList(
                    List.of(AcceptorType.ENTITY_TABU))).withForagerConfig(new LocalSearchForagerConfig()
                    .withAcceptedCountLimit(100));
        }));
        configs.put("ruin-recreate", formerDefault(ls -> ls.withMoveSelectorConfig(new UnionMoveSelectorConfig()
                .withMoveSelectors(earlyStartMoves().withFixedProbabilityWeight(1.0),
                        new RuinRecreateMoveSelectorConfig()
                                .withMinimumRuinedCount(2)
                                .withMaximumRuinedCount(6)
                                .withFixedProbabilityWeight(0.02)))));
        return configs;
    }

    /**
     * The planner's configuration (Timefold's tabu search over the early-start moves without same-resource swaps),
     * stated explicitly, then changed by {@code change}.
     */
    private static SolverConfig formerDefault(UnaryOperator<LocalSearchPhaseConfig> change) {
        return plannersWith(ls -> {
            ls.setAcceptorConfig(null);
            ls.setForagerConfig(null);
            return change.apply(ls.withLocalSearchType(LocalSearchType.TABU_SEARCH)
                    .withMoveSelectorConfig(earlyStartMoves()));
        });
    }

    /** The early-start moves without same-resource swaps. */
    private static MoveIteratorFactoryConfig earlyStartMoves() {
        return new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(EarlyStartMoveFactory.class);
    }

    /** The planner's configuration with its local-search phase (the last phase) changed by {@code change}. */
    private static SolverConfig plannersWith(UnaryOperator<LocalSearchPhaseConfig> change) {
        SolverConfig config = planners();
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        PhaseConfig last = phases.get(phases.size() - 1);
        checkState(last instanceof LocalSearchPhaseConfig,
                "the planner's last phase (%s) is not a local search. Maybe SolverConfigs changed?", last);
        phases.set(phases.size() - 1, change.apply(((LocalSearchPhaseConfig) last).copyConfig()));
        return config.withPhaseList(phases);
    }

    /** The configurations of that name, in the order given. */
    public static Map<String, SolverConfig> named(List<String> names) {
        Map<String, SolverConfig> all = all();
        Map<String, SolverConfig> chosen = new LinkedHashMap<>();
        for (String name : names) {
            SolverConfig config = all.get(name);
            if (config == null) {
                throw new IllegalArgumentException("no solver configuration named (" + name + "); maybe one of "
                        + all.keySet() + "?");
            }
            chosen.put(name, config);
        }
        return chosen;
    }

    /**
     * The planner's configuration above {@link SolverConfigs#MOST_TRACKS_FOR_TWO_TRACK_MOVES} tracks
     * ({@link SolverConfigs#standard}, seed 0; up to that size the planner uses {@code pick-early-swap-displace}); its
     * termination is replaced.
     */
    private static SolverConfig planners() {
        return SolverConfigs.standard(EnvironmentMode.REPRODUCIBLE, 0L, Optional.empty());
    }

    private static SolverConfig withLocalSearch(LocalSearchPhaseConfig localSearch) {
        return SolverConfigs.model().withPhases(new ConstructionHeuristicPhaseConfig(), localSearch);
    }

    private static LocalSearchPhaseConfig lateAcceptance(int size) {
        return new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /**
     * Allocate entity from queue, the queue sorted by {@link MostConstrainedFirst}. The entity selector needs an id:
     * without one, the placer's change moves do not mimic it and every step tries every entity.
     */
    private static ConstructionHeuristicPhaseConfig mostConstrainedFirst() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig()
                        .withId("mostConstrainedFirst")
                        .withEntityClass(TrackAssignment.class)
                        .withCacheType(SelectionCacheType.PHASE)
                        .withSelectionOrder(SelectionOrder.SORTED)
                        .withComparatorClass(MostConstrainedFirst.class)
                        .withSorterOrder(SelectionSorterOrder.ASCENDING)));
    }
}
