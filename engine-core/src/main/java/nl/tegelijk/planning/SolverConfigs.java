package nl.tegelijk.planning;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.Optional;
import nl.tegelijk.planning.constraints.TegelijkConstraintProvider;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.TrackAssignment;

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

    /**
     * The configuration the {@link Planner} solves with: construction heuristic, then local search; 30 s unless a
     * termination is given per solve.
     *
     * @param localSearchSteps a step-count limit for local search, if any
     */
    public static SolverConfig standard(EnvironmentMode mode, long seed, Optional<Integer> localSearchSteps) {
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        localSearchSteps.ifPresent(s -> localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(s)));
        return model()
                .withEnvironmentMode(mode)
                .withRandomSeed(seed)
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(30L));
    }
}
