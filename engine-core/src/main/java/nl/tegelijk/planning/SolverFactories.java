package nl.tegelijk.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.tegelijk.planning.domain.PlanningSchedule;

/** The shared solver factories, one per (environment mode, seed, step limit); thread-safe. */
final class SolverFactories {

    private record Key(EnvironmentMode mode, long seed, Optional<Integer> steps) {
    }

    private static final Map<Key, SolverFactory<PlanningSchedule>> FACTORIES = new ConcurrentHashMap<>();

    private SolverFactories() {
    }

    static SolverFactory<PlanningSchedule> get(EnvironmentMode mode, long seed, Optional<Integer> steps) {
        return FACTORIES.computeIfAbsent(new Key(mode, seed, steps),
                k -> SolverFactory.create(SolverConfigs.standard(k.mode(), k.seed(), k.steps())));
    }

    static SolutionManager<PlanningSchedule, HardMediumSoftLongScore> solutionManager() {
        return SolutionManager.create(get(EnvironmentMode.REPRODUCIBLE, 0L, Optional.empty()));
    }
}
