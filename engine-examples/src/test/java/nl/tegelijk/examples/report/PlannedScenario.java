package nl.tegelijk.examples.report;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.examples.generate.BuiltInScenarios;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.Planner;
import nl.tegelijk.planning.baseline.GreedyParallelPlanner;
import nl.tegelijk.planning.baseline.SequentialPlanner;

/** A built-in scenario assessed by the real rules and planned with a deterministic, move-count-limited solve. */
record PlannedScenario(Scenario scenario, List<Assessment> assessments, Plan plan, Plan sequential, Plan greedy) {

    private static PlannedScenario tutorial;

    /** The tutorial scenario, planned once per test run. */
    static synchronized PlannedScenario tutorial() {
        if (tutorial == null) {
            tutorial = of(BuiltInScenarios.byName(BuiltInScenarios.TUTORIAL));
        }
        return tutorial;
    }

    static PlannedScenario of(Scenario scenario) {
        List<Assessment> assessments = AssessorProvider.load().create(List.of())
                .assess(IntakeMerger.merge(scenario), AssessmentRequest.on(scenario.planStart()));
        Plan plan = Planner.create().plan(scenario, assessments, PlanOptions.moves(2_000, 1));
        return new PlannedScenario(scenario, assessments, plan, SequentialPlanner.plan(scenario, assessments),
                GreedyParallelPlanner.plan(scenario, assessments));
    }
}
