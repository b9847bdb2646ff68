package nl.tegelijk.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.tegelijk.planning.domain.PlanningSchedule;

/**
 * The shared solver factories, one per (environment mode, seed, step limit, size class, unimproved-time limit);
 * thread-safe.
 */
final class SolverFactories {

    private record Key(EnvironmentMode mode, long seed, Optional<Integer> steps, boolean fewTracks,
                       Optional<Long> unimprovedMillis) {
    }

    private static final Map<Key, SolverFactory<PlanningSchedule>> FACTORIES = new ConcurrentHashMap<>();

    private SolverFactories() {
    }

    /**
     * The factory of {@link SolverConfigs#forSize} for a problem of {@code tracks} tracks, with an unimproved-time
     * limit on local search if given.
     */
    static SolverFactory<PlanningSchedule> get(EnvironmentMode mode, long seed, Optional<Integer> steps, int tracks,
                                               Optional<Long> unimprovedMillis) {
        boolean few = SolverConfigs.usesTwoTrackMoves(tracks);
        return FACTORIES.computeIfAbsent(new Key(mode, seed, steps, few, unimprovedMillis), k -> SolverFactory.create(
                unimprovedLocalSearch(k.fewTracks() ? SolverConfigs.forFewerTracks(k.mode(), k.seed(), k.steps())
                        : SolverConfigs.standard(k.mode(), k.seed(), k.steps()), k.unimprovedMillis())));
    }

    /**
     * The unimproved-time limit on the local-search phase, not on the whole solve: counted from local search's
     * first step. On the solve it counted from the warm start's plan, so Timefold's hand-over to local search (the
     * warm-started plan cloned and scored anew: 6.5 s at 50,000 persons under load) used it up before the first step.
     */
    static SolverConfig unimprovedLocalSearch(SolverConfig config, Optional<Long> unimprovedMillis) {
        unimprovedMillis.ifPresent(millis -> config.getPhaseConfigList().stream()
                .filter(LocalSearchPhaseConfig.class::isInstance)
                .forEach(phase -> phase.setTerminationConfig((phase.getTerminationConfig() == null
                        ? new TerminationConfig() : phase.getTerminationConfig())
                        .withUnimprovedMillisecondsSpentLimit(millis))));
        return config;
    }

    static SolutionManager<PlanningSchedule, HardMediumSoftLongScore> solutionManager() {
        return SolutionManager.create(get(EnvironmentMode.REPRODUCIBLE, 0L, Optional.empty(), Integer.MAX_VALUE,
                Optional.empty()));
    }
}
