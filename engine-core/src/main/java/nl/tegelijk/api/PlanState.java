package nl.tegelijk.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;

/**
 * A scenario, its assessments and its plan together: what a replan starts from and returns, and what monitoring
 * reads. Immutable and thread-safe; each part writes to and reads from JSON with
 * {@link nl.tegelijk.json.TegelijkJson#mapper()}.
 *
 * @param scenario the scenario
 * @param assessments one assessment per person of the scenario
 * @param plan the plan of the scenario
 */
public record PlanState(Scenario scenario, List<Assessment> assessments, Plan plan) {
    public PlanState {
        requireNonNull(scenario, "scenario");
        assessments = List.copyOf(assessments);
        requireNonNull(plan, "plan");
    }
}
