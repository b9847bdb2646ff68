package nl.tegelijk.benchmarks.cpsat;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanAssembler;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.ProblemBuilder;
import nl.tegelijk.planning.domain.Resource;
import nl.tegelijk.planning.domain.Slot;
import nl.tegelijk.planning.domain.TrackAssignment;

/**
 * One planning problem as both solvers see it: the {@link PlanningProblem} that Tegelijk's planner builds for the same
 * scenario, assessments and {@link PlanOptions} (value ranges holding every allowed slot of every option, plus the
 * planner's least-slack greedy warm start, which is also the initial assignment).
 * Assignments are maps from entity id ({@code LANGUAGE:p1:WI21-ROUTE-B1}, {@code HOUSING:h1}) to {@link Slot}; an absent entity is
 * unplanned. Not thread-safe: it holds the mutable schedule; treat it as read-only.
 *
 * @param scenario the scenario
 * @param assessments one assessment per person
 * @param problem the problem, its entities assigned the warm start
 */
public record ReferenceInstance(Scenario scenario, List<Assessment> assessments, PlanningProblem problem) {

    /** Builds the problem exactly as {@code Planner} does with its {@code GREEDY_PARALLEL} (least-slack) warm start. */
    public static ReferenceInstance of(Scenario scenario, List<Assessment> assessments, PlanOptions options) {
        checkArgument(options.warmStart() == PlanOptions.WarmStart.GREEDY_PARALLEL,
                "warmStart (%s) must be GREEDY_PARALLEL, the planner's default", options.warmStart());
        PlanningProblem problem = ProblemBuilder.buildWarmStarted(scenario, assessments);
        return new ReferenceInstance(scenario, List.copyOf(assessments), problem);
    }

    /** The entities (tracks) of the problem, in the planner's order. */
    public List<TrackAssignment> entities() {
        return problem.schedule().getAssignments();
    }

    /** The warm start: the slots the entities were built with. */
    public Map<String, Slot> warmStart() {
        Map<String, Slot> warm = new HashMap<>();
        entities().stream().filter(TrackAssignment::isAssigned).forEach(a -> warm.put(a.getId(), a.getSlot()));
        return warm;
    }

    /** The assignment that {@code plan} (made for this scenario) describes. */
    public Map<String, Slot> assignmentOf(Plan plan) {
        Map<String, Resource> resources = new HashMap<>();
        problem.schedule().getResources().forEach(r -> resources.put(r.id(), r));
        Map<String, Slot> assignment = new HashMap<>();
        for (HousingPlacement h : plan.housing()) {
            assignment.put("HOUSING:" + h.householdId(), slot(resources, h.dwellingId(), h.moveInWeek()));
        }
        for (TrackPlacement t : plan.tracks()) {
            assignment.put(t.track() + ":" + t.personId(), slot(resources, t.resourceId(), t.startWeek()));
        }
        return assignment;
    }

    /**
     * The assignment as a {@link Plan}, scored by Tegelijk's own constraints (so its {@code score} is Timefold's).
     * Builds a fresh problem with the assignment's slots in its value ranges (as the planner does with a warm start),
     * so this instance stays as it is.
     */
    public Plan toPlan(Map<String, Slot> assignment, PlanMethod method, PlanOptions options) {
        Map<String, ProblemBuilder.WarmSlot> ranged = new HashMap<>();
        assignment.forEach((id, s) -> ranged.put(id, new ProblemBuilder.WarmSlot(s.resource().id(), s.startWeek())));
        PlanningProblem fresh = ProblemBuilder.build(scenario, assessments, ranged, 0, Map.of());
        Map<String, Resource> resources = new HashMap<>();
        fresh.schedule().getResources().forEach(r -> resources.put(r.id(), r));
        Set<String> unknown = new HashSet<>(assignment.keySet());
        for (TrackAssignment a : fresh.schedule().getAssignments()) {
            unknown.remove(a.getId());
            Slot s = assignment.get(a.getId());
            a.setSlot(s == null ? null : fresh.slots().get(resources.get(s.resource().id()), s.startWeek()));
        }
        checkArgument(unknown.isEmpty(), "assignment names tracks (%s) that are not in the problem", unknown);
        return PlanAssembler.assemble(scenario, fresh, method, Map.of(), false);
    }

    private Slot slot(Map<String, Resource> resources, String resourceId, int week) {
        Resource r = resources.get(resourceId);
        checkArgument(r != null, "plan names resource (%s) that is not in scenario (%s)", resourceId, scenario.name());
        return problem.slots().get(r, week);
    }
}
