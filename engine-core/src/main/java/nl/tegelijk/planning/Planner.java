package nl.tegelijk.planning;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;

/**
 * Plans housing, language, education and work of all persons of a scenario at the same time (<i>tegelijk</i>), under
 * the capacities of every resource, never breaking a hard rule where a plan without it exists; what cannot be planned
 * is returned with its reason. Eligibility is the assessments' answer: the planner never decides it.
 *
 * <p>Implementations are thread-safe: one instance serves concurrent calls, sharing its solver factories; each call
 * solves in its own solver on the calling thread. The returned {@link Plan} is immutable and owned by the caller.
 */
public interface Planner {

    /**
     * Solves, blocking until a termination of {@code options} is reached, and returns the best plan found. Progress
     * (new best solutions) goes to {@link PlanOptions#progressListener()}. A time limit that ends solving early
     * still yields the best plan found so far.
     *
     * @param assessments at most one per person of the scenario
     * @throws IllegalArgumentException when an assessment names a person who is not in the scenario
     */
    Plan plan(Scenario scenario, List<Assessment> assessments, PlanOptions options);

    /**
     * Solves as {@link #plan(Scenario, List, PlanOptions)}, keeping every activity of {@code frozen} where it is and
     * starting nothing else before its as-of week: a replan.
     *
     * @throws IllegalArgumentException when a frozen activity names a resource that is not in the scenario
     */
    Plan plan(Scenario scenario, List<Assessment> assessments, PlanOptions options, FrozenPast frozen);

    /** The standard planner (Timefold Solver). */
    static Planner create() {
        return new DefaultPlanner();
    }
}
