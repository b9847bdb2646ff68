package nl.tegelijk.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.tegelijk.planning.constraints.TegelijkConstraintProvider;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.TrackAssignment;

/** The shared solver factories, one per (environment mode, seed, step limit); thread-safe. */
final class SolverFactories {

    private record Key(EnvironmentMode mode, long seed, Optional<Integer> steps) {
    }

    private static final Map<Key, SolverFactory<PlanningSchedule>> FACTORIES = new ConcurrentHashMap<>();

    private SolverFactories() {
    }

    static SolverFactory<PlanningSchedule> get(EnvironmentMode mode, long seed, Optional<Integer> steps) {
        return FACTORIES.computeIfAbsent(new Key(mode, seed, steps), k -> SolverFactory.create(config(k)));
    }

    static SolutionManager<PlanningSchedule, HardMediumSoftLongScore> solutionManager() {
        return SolutionManager.create(get(EnvironmentMode.REPRODUCIBLE, 0L, Optional.empty()));
    }

    private static SolverConfig config(Key key) {
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        key.steps().ifPresent(s -> localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(s)));
        return new SolverConfig()
                .withSolutionClass(PlanningSchedule.class)
                .withEntityClasses(TrackAssignment.class)
                .withConstraintProviderClass(TegelijkConstraintProvider.class)
                .withEnvironmentMode(key.mode())
                .withRandomSeed(key.seed())
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(30L));
    }
}
