package nl.tegelijk.planning.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A scenario and its assessments translated into week terms: the solution to solve, every entity's full list of
 * eligible resources (the value range holds their allowed start weeks).
 * Not thread-safe (the schedule is mutable).
 *
 * @param calendar the one date/week converter
 * @param schedule the planning solution, every slot unassigned unless warm-started
 * @param eligible per entity id, every eligible resource
 * @param slots the pool that made the slots
 */
public record PlanningProblem(WeekCalendar calendar, PlanningSchedule schedule, Map<String, List<Resource>> eligible,
                              SlotPool slots) {
    public PlanningProblem {
        requireNonNull(calendar, "calendar");
        requireNonNull(schedule, "schedule");
        eligible = Map.copyOf(eligible);
        requireNonNull(slots, "slots");
    }

    /** The first week {@code resource} allows {@code assignment} to start at or after {@code fromWeek}, or -1. */
    public int firstAllowedStart(TrackAssignment assignment, Resource resource, int fromWeek) {
        return resource.firstStartFrom(Math.max(fromWeek, assignment.getEarliestWeek()),
                schedule.getHorizonWeeks());
    }
}
