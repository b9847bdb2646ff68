package nl.tegelijk.benchmarks.cpsat;

import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.Location;
import nl.tegelijk.planning.domain.Participant;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.QuotaPeriod;
import nl.tegelijk.planning.domain.Slot;
import nl.tegelijk.planning.domain.TrackAssignment;

/**
 * The objective that the CP-SAT model minimises, evaluated on any assignment in plain Java, so that a Tegelijk plan
 * and a CP-SAT solution are measured by the same function. It is Tegelijk's score for a plan without hard violations,
 * with the sign turned: {@code total = medium × mediumScale + soft}, where the medium and soft parts are those of
 * {@code TegelijkConstraintProvider} with the same weights (deadline missed: person-weeks late, an unplanned track late until
 * the horizon end; waiting weeks 5 per person-week; weeks until every need is met, 5 per week from the earliest week of
 * a person's first option to the start of their last, voluntary options and unplanned ones included), the fairness
 * square included, and {@code mediumScale}
 * exceeds the largest soft part any assignment from the value ranges can reach, so that the order is Timefold's
 * lexicographic one. "Slot of an earlier plan moved" (replans only) is left out: no plan here has an earlier one.
 * Hard rules are not evaluated here (the CP-SAT model forbids them; check a plan with
 * {@code PlanValidator}). Immutable and thread-safe once made; not safe while the instance's schedule changes.
 */
public final class ReferenceObjective {

    // The weights of TegelijkConstraintProvider (docs/PLANNING.md), by constraint.
    static final long DEADLINE_MISSED_PERSON_WEEK = 1;
    static final long WEEKS_TO_FULL_PARTICIPATION = 10;
    static final long WEEKS_TO_EVERY_NEED = 5;
    static final long LONG_WAIT_SQUARED = 1;
    static final long WAITING_WEEK = 5;
    static final long QUOTA_SHORTFALL_PERSON = 20;
    static final long TRAVEL_KM = 1;
    static final long PLACEMENT_OUTSIDE_SKILLS = 15;
    static final long HOUSED_FAR_FROM_SCHOOL_KM = 2;

    private final PlanningSchedule schedule;
    private final int horizon;
    private final Map<String, TrackAssignment> housingByHousehold = new HashMap<>();
    private final Map<String, List<TrackAssignment>> requiredByPerson = new HashMap<>();
    private final Map<String, List<TrackAssignment>> allByPerson = new LinkedHashMap<>();
    private final long maxSoft;

    /** The objective of {@code instance}'s problem. */
    public static ReferenceObjective of(ReferenceInstance instance) {
        return new ReferenceObjective(instance.problem().schedule());
    }

    private ReferenceObjective(PlanningSchedule schedule) {
        this.schedule = schedule;
        this.horizon = schedule.getHorizonWeeks();
        for (TrackAssignment a : schedule.getAssignments()) {
            if (a.isHousing()) {
                housingByHousehold.put(a.getHouseholdId(), a);
            }
            if (a.isRequired()) {
                a.getParticipantIds().forEach(p -> requiredByPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(a));
            }
            a.getParticipantIds().forEach(p -> allByPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(a));
        }
        this.maxSoft = maxSoft();
    }

    /** The objective of an assignment: a value per level and the weighted total. */
    public record Value(long medium, long soft, long total) {
    }

    /** The factor of the medium level in the total: one more than the largest soft part. */
    public long mediumScale() {
        return maxSoft + 1;
    }

    /** Evaluates {@code assignment} (entity id to slot; absent is unplanned). */
    public Value evaluate(Map<String, Slot> assignment) {
        long medium = 0;
        long soft = 0;
        for (TrackAssignment a : schedule.getAssignments()) {
            Slot s = assignment.get(a.getId());
            if (s == null && a.isRequired()) {
                medium += unplannedWeight(a);
            }
            medium += DEADLINE_MISSED_PERSON_WEEK * weeksLate(a, effectiveStart(a, assignment)) * a.weight();
            soft += WAITING_WEEK * Math.max(0, effectiveStart(a, assignment) - a.getEarliestWeek()) * a.weight();
            if (s == null || a.isHousing()) {
                continue;
            }
            TrackAssignment housing = housingByHousehold.get(a.getHouseholdId());
            Slot home = housing == null ? null : assignment.get(housing.getId());
            soft += TRAVEL_KM * (home != null && home.startWeek() <= s.startWeek()
                    ? km(home, s) : km(a.getHomeLocation(), s.resource().location()));
            if (a.getTrack() == TrackKind.WORK && !a.getSkills().isEmpty()
                    && !a.getSkills().contains(s.resource().sector())) {
                soft += PLACEMENT_OUTSIDE_SKILLS;
            }
            if (a.getTrack() == TrackKind.EDUCATION && a.isMinor() && home != null) {
                soft += HOUSED_FAR_FROM_SCHOOL_KM * km(home, s);
            }
        }
        for (Participant p : schedule.getParticipants()) {
            List<TrackAssignment> required = requiredByPerson.getOrDefault(p.personId(), List.of());
            if (required.isEmpty()) {
                continue;
            }
            int latest = required.stream().mapToInt(a -> effectiveStart(a, assignment)).max().orElseThrow();
            long weeks = Math.max(0, latest - p.arrivalWeek());
            soft += WEEKS_TO_FULL_PARTICIPATION * weeks + LONG_WAIT_SQUARED * weeks * weeks;
        }
        for (Map.Entry<String, List<TrackAssignment>> e : allByPerson.entrySet()) {
            int last = e.getValue().stream().mapToInt(a -> effectiveStart(a, assignment)).max().orElseThrow();
            soft += WEEKS_TO_EVERY_NEED * Math.max(0, last - firstEarliestWeek(e.getKey()));
        }
        for (QuotaPeriod q : schedule.getQuotaPeriods()) {
            long housed = 0;
            for (TrackAssignment h : housingByHousehold.values()) {
                Slot s = assignment.get(h.getId());
                housed += s != null && s.startWeek() <= q.lastWeek() ? h.getOccupants() : 0;
            }
            soft += QUOTA_SHORTFALL_PERSON * Math.max(0, q.cumulativePersons() - housed);
        }
        checkState(soft <= maxSoft, "soft part (%s) above its bound (%s): a slot outside the value ranges?", soft,
                maxSoft);
        return new Value(medium, soft, medium * mediumScale() + soft);
    }

    /** The medium weight of leaving a required track unplanned (as TegelijkConstraintProvider.unplannedWeight). */
    static long unplannedWeight(TrackAssignment a) {
        return switch (a.getTrack()) {
            case EDUCATION -> a.isMinor() ? 16 : 4;
            case HOUSING -> 8L * a.weight();
            case LANGUAGE -> 4;
            case WORK -> 2;
        };
    }

    /** Weeks an (effective) start lies after the deadline; 0 without deadline. */
    static long weeksLate(TrackAssignment a, int start) {
        return a.getDeadlineWeek() == TrackAssignment.NO_DEADLINE ? 0 : Math.max(0, start - a.getDeadlineWeek());
    }

    /** Whole km between two places, rounded as the constraints round. */
    static long km(Location from, Location to) {
        return Math.round(from.distanceKmTo(to));
    }

    private static long km(Slot dwelling, Slot activity) {
        return km(dwelling.resource().location(), activity.resource().location());
    }

    /** Per person (by id) their options and housing, voluntary ones included, in the planner's order. */
    Map<String, List<TrackAssignment>> tracksByPerson() {
        return allByPerson;
    }

    /** The earliest week of a person's first option (the start of "weeks until every need is met"). */
    int firstEarliestWeek(String personId) {
        return allByPerson.get(personId).stream().mapToInt(TrackAssignment::getEarliestWeek).min().orElseThrow();
    }

    private int effectiveStart(TrackAssignment a, Map<String, Slot> assignment) {
        Slot s = assignment.get(a.getId());
        return s == null ? horizon : s.startWeek();
    }

    /** The largest soft part any assignment from the value ranges can reach (every term at its worst). */
    private long maxSoft() {
        int latest = horizon;
        for (TrackAssignment a : schedule.getAssignments()) {
            for (Slot s : a.getSlotRange()) {
                latest = Math.max(latest, s.startWeek());
            }
        }
        long bound = 0;
        for (TrackAssignment a : schedule.getAssignments()) {
            bound += WAITING_WEEK * Math.max(0, latest - a.getEarliestWeek()) * a.weight();
            if (a.isHousing()) {
                continue;
            }
            TrackAssignment housing = housingByHousehold.get(a.getHouseholdId());
            long travel = 0;
            long school = 0;
            for (Slot s : a.getSlotRange()) {
                travel = Math.max(travel, km(a.getHomeLocation(), s.resource().location()));
                for (Slot d : housing == null ? List.<Slot>of() : housing.getSlotRange()) {
                    travel = Math.max(travel, km(d, s));
                    school = Math.max(school, km(d, s));
                }
            }
            bound += TRAVEL_KM * travel + PLACEMENT_OUTSIDE_SKILLS + HOUSED_FAR_FROM_SCHOOL_KM * school;
        }
        for (Participant p : schedule.getParticipants()) {
            long weeks = Math.max(0, latest - p.arrivalWeek());
            bound += WEEKS_TO_FULL_PARTICIPATION * weeks + LONG_WAIT_SQUARED * weeks * weeks;
        }
        for (String person : allByPerson.keySet()) {
            bound += WEEKS_TO_EVERY_NEED * Math.max(0, latest - firstEarliestWeek(person));
        }
        for (QuotaPeriod q : schedule.getQuotaPeriods()) {
            bound += QUOTA_SHORTFALL_PERSON * q.cumulativePersons();
        }
        return bound;
    }
}
