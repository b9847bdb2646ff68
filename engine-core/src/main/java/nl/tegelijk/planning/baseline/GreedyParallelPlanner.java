package nl.tegelijk.planning.baseline;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.domain.GreedyScheduler;

/**
 * Every track as early as capacity allows, first come first served, all tracks at once but without looking ahead.
 * Stateless and thread-safe; for benchmarks, reports and as the planner's warm start.
 */
public final class GreedyParallelPlanner {

    private GreedyParallelPlanner() {
    }

    /** The greedy-parallel plan, scored by the planner's constraints; method {@code GREEDY_PARALLEL}. */
    public static Plan plan(Scenario scenario, List<Assessment> assessments) {
        return Baselines.run(scenario, assessments, GreedyScheduler.Policy.PARALLEL, PlanMethod.GREEDY_PARALLEL);
    }
}
