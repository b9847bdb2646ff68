package nl.tegelijk.benchmarks.solver;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tegelijk.planning.SolverConfigs;
import nl.tegelijk.planning.domain.TrackAssignment;

/**
 * The solver configurations compared by {@link SolverConfigBenchmark}, each built on {@link SolverConfigs#model()}
 * with a construction heuristic and one local search. Stateless; every call returns new, mutable configurations.
 */
public final class SolverConfigurations {

    /** The name of the planner's own configuration. */
    public static final String DEFAULT = "default";

    private SolverConfigurations() {
    }

    /** Every configuration by name, in a fixed order; the first is the planner's ({@link SolverConfigs#standard}). */
    public static Map<String, SolverConfig> all() {
        Map<String, SolverConfig> configs = new LinkedHashMap<>();
        configs.put(DEFAULT, withLocalSearch(new LocalSearchPhaseConfig()));
        configs.put("tabu-search", withLocalSearch(new LocalSearchPhaseConfig()
                .withLocalSearchType(LocalSearchType.TABU_SEARCH)));
        configs.put("late-acceptance-100", withLocalSearch(lateAcceptance(100)));
        configs.put("late-acceptance-2000", withLocalSearch(lateAcceptance(2_000)));
        configs.put("great-deluge", withLocalSearch(new LocalSearchPhaseConfig()
                .withLocalSearchType(LocalSearchType.GREAT_DELUGE)));
        configs.put("sorted-construction", SolverConfigs.model().withPhases(mostConstrainedFirst(),
                new LocalSearchPhaseConfig()));
        return configs;
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

    private static SolverConfig withLocalSearch(LocalSearchPhaseConfig localSearch) {
        return SolverConfigs.model().withPhases(new ConstructionHeuristicPhaseConfig(), localSearch);
    }

    private static LocalSearchPhaseConfig lateAcceptance(int size) {
        return new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /** Allocate entity from queue, the queue sorted by {@link MostConstrainedFirst}. */
    private static ConstructionHeuristicPhaseConfig mostConstrainedFirst() {
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig()
                        .withEntityClass(TrackAssignment.class)
                        .withCacheType(SelectionCacheType.PHASE)
                        .withSelectionOrder(SelectionOrder.SORTED)
                        .withComparatorClass(MostConstrainedFirst.class)
                        .withSorterOrder(SelectionSorterOrder.ASCENDING)));
    }
}
