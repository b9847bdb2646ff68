package nl.tegelijk.planning.baseline;

import java.util.List;
import java.util.Map;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanAssembler;
import nl.tegelijk.planning.domain.GreedyScheduler;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.ProblemBuilder;
import nl.tegelijk.planning.UnplannedReason;

/** Runs a greedy policy over the same problem the planner sees. */
final class Baselines {

    private Baselines() {
    }

    static Plan run(Scenario scenario, List<Assessment> assessments, GreedyScheduler.Policy policy, PlanMethod method) {
        PlanningProblem problem = ProblemBuilder.build(scenario, assessments);
        Map<String, UnplannedReason> reasons = new GreedyScheduler(problem).run(policy);
        return PlanAssembler.assemble(scenario, problem, method, reasons, false);
    }
}
