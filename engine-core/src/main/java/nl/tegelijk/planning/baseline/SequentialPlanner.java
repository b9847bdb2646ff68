package nl.tegelijk.planning.baseline;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;

/**
 * The policy the programme replaced: a dwelling first, the language course only after moving in, work only after the
 * course ends (every language option the person has, pre-integration included); greedy in arrival order under the same
 * capacities and options as the planner. A minor's school (an option the rules opened for a minor) does not wait for
 * the dwelling (EDU-ASYL-01). Stateless and thread-safe; for benchmarks and reports.
 */
public final class SequentialPlanner {

    private SequentialPlanner() {
    }

    /** The sequential plan, scored by the planner's constraints; method {@code SEQUENTIAL}. */
    public static Plan plan(Scenario scenario, List<Assessment> assessments) {
        return Baselines.run(scenario, assessments, nl.tegelijk.planning.domain.GreedyScheduler.Policy.SEQUENTIAL,
                PlanMethod.SEQUENTIAL);
    }
}
