package nl.tegelijk.benchmarks.cpsat;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
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
 * Assignments are maps from entity id ({@link TrackAssignment#idOf}: one per option,
 * {@code LANGUAGE:p1:WI21-ROUTE-B1}, {@code HOUSING:h1}) to {@link Slot}; an absent entity is
 * unplanned.
 *
 * <p><b>The reference restricts its own model.</b> With whole value ranges (every allowed slot of every option, some
 * 9,000 values for ten persons) CP-SAT spends a 20-second solve in presolve and finds nothing, so the CP-SAT model
 * ({@link CpSatModel}) offers each entity only the slots of its range starting within {@value #CHOICE_WINDOW_WEEKS} weeks
 * of its earliest week, plus its warm-start slot ({@link #choicesOf}). Its optimum and bound are therefore those of this restricted
 * problem, an upper bound on (not equal to) the optimum over the whole ranges; a comparison with Tegelijk must say so.
 * The {@link ReferenceObjective} and {@link #toPlan} are not restricted: they measure and score any assignment from the
 * whole ranges, a Tegelijk plan included. Not thread-safe: it holds the mutable schedule; treat it as read-only.
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

    /** Weeks from an entity's earliest week in which the reference model's choices start (see the class comment). */
    public static final int CHOICE_WINDOW_WEEKS = 13;

    /**
     * The slots the CP-SAT reference model lets {@code entity} (one of {@link #entities()}) take: those of its value
     * range that start within {@link #CHOICE_WINDOW_WEEKS} of its earliest week, and its warm-start slot (so the warm
     * start, the model's hint, is always one of its solutions). In value-range order, without duplicates.
     */
    public List<Slot> choicesOf(TrackAssignment entity) {
        List<Slot> choices = new ArrayList<>();
        for (Slot s : new LinkedHashSet<>(entity.getSlotRange())) {
            if (s.startWeek() < entity.getEarliestWeek() + CHOICE_WINDOW_WEEKS || s.equals(entity.getSlot())) {
                choices.add(s);
            }
        }
        return choices;
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
            assignment.put(TrackAssignment.idOf(TrackKind.HOUSING, h.householdId(), ""),
                    slot(resources, h.dwellingId(), h.moveInWeek()));
        }
        for (TrackPlacement t : plan.tracks()) {
            assignment.put(TrackAssignment.idOf(t.track(), t.personId(), t.ruleId()),
                    slot(resources, t.resourceId(), t.startWeek()));
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
