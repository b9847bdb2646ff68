package nl.tegelijk.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.tegelijk.planning.domain.PlanningSchedule;

/** The shared solver factories, one per (environment mode, seed, step limit, size class); thread-safe. */
final class SolverFactories {

    private record Key(EnvironmentMode mode, long seed, Optional<Integer> steps, boolean fewTracks) {
    }

    private static final Map<Key, SolverFactory<PlanningSchedule>> FACTORIES = new ConcurrentHashMap<>();

    private SolverFactories() {
    }

    /** The factory of {@link SolverConfigs#forSize} for a problem of {@code tracks} tracks. */
    static SolverFactory<PlanningSchedule> get(EnvironmentMode mode, long seed, Optional<Integer> steps, int tracks) {
        boolean few = tracks <= SolverConfigs.MOST_TRACKS_FOR_TWO_TRACK_MOVES;
        return FACTORIES.computeIfAbsent(new Key(mode, seed, steps, few),
                k -> SolverFactory.create(k.fewTracks() ? SolverConfigs.forFewerTracks(k.mode(), k.seed(), k.steps())
                        : SolverConfigs.standard(k.mode(), k.seed(), k.steps())));
    }

    static SolutionManager<PlanningSchedule, HardMediumSoftLongScore> solutionManager() {
        return SolutionManager.create(get(EnvironmentMode.REPRODUCIBLE, 0L, Optional.empty(), Integer.MAX_VALUE));
    }
}
