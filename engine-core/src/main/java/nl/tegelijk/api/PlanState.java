package nl.tegelijk.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;

/**
 * A scenario, its assessments and its plan together: what a replan starts from and returns, and what monitoring
 * reads. Immutable and thread-safe. Persist it between weeks as one JSON document with
 * {@link nl.tegelijk.json.TegelijkJson#writer()} and read it back with {@link nl.tegelijk.json.TegelijkJson#reader()}
 * ({@code docs/EMBEDDING.md}, "Between weeks").
 *
 * @param scenario the scenario
 * @param assessments exactly one assessment per person of the scenario
 * @param plan the plan of the scenario
 */
public record PlanState(Scenario scenario, List<Assessment> assessments, Plan plan) {
    /**
     * @throws IllegalArgumentException when the assessments miss a person of the scenario, hold a person not in it or
     *     hold a person twice, naming them
     */
    public PlanState {
        requireNonNull(scenario, "scenario");
        assessments = List.copyOf(assessments);
        requireNonNull(plan, "plan");
        AssessmentCoverage.require(scenario, assessments);
    }
}
