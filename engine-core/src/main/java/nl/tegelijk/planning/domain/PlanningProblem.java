package nl.tegelijk.planning.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A scenario and its assessments translated into week terms: the solution to solve, every entity's full list of
 * eligible resources (the value range is a small part of it), and the tracks that got no entity.
 * Not thread-safe (the schedule is mutable).
 *
 * @param calendar the one date/week converter
 * @param schedule the planning solution, every slot unassigned unless warm-started
 * @param eligible per entity id, every eligible resource (before trimming to the value range)
 * @param excluded required tracks without an entity
 * @param slots the pool that made the slots
 */
public record PlanningProblem(WeekCalendar calendar, PlanningSchedule schedule, Map<String, List<Resource>> eligible,
                              List<ExcludedTrack> excluded, SlotPool slots) {
    public PlanningProblem {
        requireNonNull(calendar, "calendar");
        requireNonNull(schedule, "schedule");
        eligible = Map.copyOf(eligible);
        excluded = List.copyOf(excluded);
        requireNonNull(slots, "slots");
    }

    /** The first week {@code resource} allows {@code assignment} to start at or after {@code fromWeek}, or -1. */
    public int firstAllowedStart(TrackAssignment assignment, Resource resource, int fromWeek) {
        int horizon = schedule.getHorizonWeeks();
        int week = Math.max(Math.max(fromWeek, assignment.getEarliestWeek()), resource.availableWeek());
        if (resource.rollingIntake() || resource.isDwelling()) {
            return week < horizon ? week : -1;
        }
        for (int intake : resource.intakeWeeks()) {
            if (intake >= week && intake < horizon) {
                return intake;
            }
        }
        return -1;
    }
}
