package nl.tegelijk.planning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.planning.UnplannedReason;

/**
 * First come, first served: assigns each track, in arrival order, the earliest start any eligible resource has room for
 * (capacity in every week of the stay, the person's weekly hours). Scans every allowed start week, not just the value
 * range. Policies: {@link Policy#PARALLEL} (every track as early as it may), {@link Policy#SEQUENTIAL} (housing first,
 * language after moving in, work after the course) and {@link Policy#LEAST_SLACK} (the solver's warm start). Not
 * thread-safe: one instance per problem.
 */
public final class GreedyScheduler {

    /** The order policy. */
    public enum Policy {
        /** Every track as early as it may, in arrival order: the greedy-parallel baseline. */
        PARALLEL,
        /** Housing first, language after moving in, work after the course: the sequential baseline. */
        SEQUENTIAL,
        /**
         * Every track as early as it may, housing first; then the other tracks of persons whose household moves in
         * soonest (or who wait for no dwelling) before those whose dwelling comes later, since a seat given to someone
         * who waits for housing anyway does not bring their full participation closer. A track with a deadline goes no
         * later than its deadline in this order.
         */
        LEAST_SLACK
    }

    private final PlanningSchedule schedule;
    private final BiConsumer<TrackAssignment, Slot> assign;
    private final FreeCapacity capacity;
    private final Map<String, List<Slot>> activitiesByPerson = new HashMap<>();
    private final Map<String, UnplannedReason> reasons = new HashMap<>();
    private final Map<List<Resource>, List<Resource>> untaken = new IdentityHashMap<>();
    private final int weeks;

    public GreedyScheduler(PlanningProblem problem) {
        this(problem.schedule());
    }

    /** A scheduler that sets slots directly (outside a solver). */
    public GreedyScheduler(PlanningSchedule schedule) {
        this(schedule, TrackAssignment::setSlot);
    }

    /**
     * A scheduler that assigns through {@code assign} (inside a solver phase: with the score director's
     * notifications).
     */
    public GreedyScheduler(PlanningSchedule schedule, BiConsumer<TrackAssignment, Slot> assign) {
        this.schedule = schedule;
        this.assign = assign;
        this.weeks = schedule.occupancyWeeks();
        this.capacity = new FreeCapacity(weeks, schedule.getResources());
    }

    /**
     * Assigns slots to the problem's entities (those already assigned are kept and counted) and returns the entities
     * the policy left unplanned because a track they wait for was not planned.
     */
    public Map<String, UnplannedReason> run(Policy policy) {
        List<TrackAssignment> entities = new ArrayList<>(schedule.getAssignments());
        entities.sort(Comparator.comparingInt(TrackAssignment::getArrivalOrder));
        entities.stream().filter(TrackAssignment::isAssigned).forEach(this::book);
        if (policy == Policy.PARALLEL) {
            entities.stream().filter(e -> !e.isAssigned()).forEach(e -> place(e, e.getEarliestWeek()));
            return Map.of();
        }
        if (policy == Policy.LEAST_SLACK) {
            entities.stream().filter(e -> e.isHousing() && !e.isAssigned()).forEach(e -> place(e, e.getEarliestWeek()));
            Map<String, Integer> moveIn = new HashMap<>();
            entities.stream().filter(e -> e.isHousing() && e.isRequired())
                    .forEach(e -> moveIn.put(e.getHouseholdId(), e.effectiveStartWeek()));
            entities.stream().filter(e -> !e.isHousing() && !e.isAssigned())
                    .sorted(Comparator.comparingInt((TrackAssignment e) -> Math.min(e.getDeadlineWeek(),
                                    Math.max(e.getEarliestWeek(), moveIn.getOrDefault(e.getHouseholdId(),
                                            e.getEarliestWeek()))))
                            .thenComparingInt(TrackAssignment::getArrivalOrder))
                    .forEach(e -> place(e, e.getEarliestWeek()));
            return Map.of();
        }
        Map<String, TrackAssignment> housing = new HashMap<>();
        Map<String, List<TrackAssignment>> language = new HashMap<>();
        for (TrackAssignment e : entities) {
            if (e.isHousing()) {
                housing.put(e.getHouseholdId(), e);
            } else if (e.getTrack() == TrackKind.LANGUAGE) {
                language.computeIfAbsent(e.getPersonId(), k -> new ArrayList<>()).add(e);
            }
        }
        entities.stream().filter(e -> e.isHousing() && !e.isAssigned()).forEach(e -> place(e, e.getEarliestWeek()));
        for (TrackKind phase : List.of(TrackKind.EDUCATION, TrackKind.LANGUAGE, TrackKind.WORK)) {
            for (TrackAssignment e : entities) {
                if (e.getTrack() != phase || e.isAssigned()) {
                    continue;
                }
                int from = e.getEarliestWeek();
                TrackAssignment home = housing.get(e.getHouseholdId());
                boolean waitsForHome = home != null && !(phase == TrackKind.EDUCATION && e.isMinor());
                if (waitsForHome) {
                    if (!home.isAssigned()) {
                        reasons.put(e.getId(), UnplannedReason.PRECEDING_TRACK_UNPLANNED);
                        continue;
                    }
                    from = Math.max(from, home.getSlot().startWeek());
                }
                // Work after the course: after every planned language option; a required course left unplanned
                // holds work back (a voluntary one does not).
                if (phase == TrackKind.WORK) {
                    List<TrackAssignment> courses = language.getOrDefault(e.getPersonId(), List.of());
                    if (courses.stream().anyMatch(c -> c.isRequired() && !c.isAssigned())) {
                        reasons.put(e.getId(), UnplannedReason.PRECEDING_TRACK_UNPLANNED);
                        continue;
                    }
                    for (TrackAssignment c : courses) {
                        if (c.isAssigned()) {
                            from = Math.max(from, c.getSlot().endWeek());
                        }
                    }
                }
                place(e, from);
            }
        }
        return Map.copyOf(reasons);
    }

    private void place(TrackAssignment e, int from) {
        Slot best = null;
        int horizon = schedule.getHorizonWeeks();
        int lowest = Math.max(from, e.getEarliestWeek());
        Attempt attempt = new Attempt(e, e.isHousing() ? List.of()
                : activitiesByPerson.getOrDefault(e.getPersonId(), List.of()));
        for (Resource r : candidates(e, horizon)) {
            FreeCapacity.Weeks booked = capacity.of(r);
            int w = r.firstStartFrom(lowest, horizon);
            while (w >= 0 && (best == null || w < best.startWeek())) {
                // The stay as SlotPool makes it; the range is searched only for a start that fits.
                int next = attempt.nextTry(r, booked, w, SlotPool.endWeek(r, w, e.getMaxWeeks(), horizon));
                if (next < 0) {
                    Slot candidate = e.slotAt(r, w);
                    best = candidate != null ? candidate : best;
                    break;
                }
                w = next >= weeks ? -1 : r.firstStartFrom(Math.max(next, e.getEarliestWeek()), horizon);
            }
            if (best != null && best.startWeek() <= lowest) {
                break; // no later resource starts earlier, and on a tie the first one found stays
            }
        }
        if (best != null) {
            assign.accept(e, best);
            book(e);
        }
    }

    /**
     * The resources worth scanning for {@code e}: its eligible resources, for housing without the dwellings already let
     * (kept per list of eligible dwellings and shrunk as they are let, so the scan of each household covers only the
     * dwellings still free, not every fitting dwelling of the municipality).
     */
    private List<Resource> candidates(TrackAssignment e, int horizon) {
        if (!e.isHousing()) {
            return e.getEligible();
        }
        List<Resource> open = untaken.computeIfAbsent(e.getEligible(), ArrayList::new);
        open.removeIf(r -> r.isDwelling() && taken(r, horizon));
        return open;
    }

    /**
     * True when a dwelling is full in the last week of the horizon: every stay in a dwelling lasts until the horizon
     * end, so no start fits any more. Skipping it at once keeps the scan of thousands of eligible dwellings per
     * household linear once most are let (at 50,000 persons the scan of each taken dwelling's weeks took minutes).
     */
    private boolean taken(Resource dwelling, int horizon) {
        return horizon > 0 && capacity.of(dwelling).fullIn(horizon - 1);
    }

    /**
     * One track's scan: the checks that depend on the person and not on the resource (weekly hours, level of Dutch),
     * remembered over the track's eligible resources, which mostly share hours, stay length and minimum level.
     */
    private final class Attempt {
        private final TrackAssignment e;
        private final List<Slot> others;
        private final int[] dutchFrom = new int[CefrLevel.values().length];
        private int[] load;

        Attempt(TrackAssignment e, List<Slot> others) {
            this.e = e;
            this.others = others;
            java.util.Arrays.fill(dutchFrom, UNKNOWN);
        }

        /** The weekly hours of the person's other activities under way in {@code week}. */
        int loadIn(int week) {
            if (load == null) {
                int end = 0;
                for (Slot s : others) {
                    end = Math.max(end, s.endWeek());
                }
                load = new int[end];
                for (Slot s : others) {
                    for (int w = Math.max(0, s.startWeek()); w < s.endWeek(); w++) {
                        load[w] += s.hoursPerWeek();
                    }
                }
            }
            return week >= 0 && week < load.length ? load[week] : 0;
        }

        /**
         * -1 when a stay at {@code resource} over {@code [start, end)} fits (capacity in every week of the stay, the
         * person's weekly hours, the placement's Dutch level); otherwise the first start week worth trying next: no
         * start before it fits. After the full weeks that block it (a dwelling, once taken, stays taken), past the
         * weeks the hours do not fit, or from the week the person knows enough Dutch.
         */
        int nextTry(Resource resource, FreeCapacity.Weeks booked, int start, int end) {
            int free = booked.nextTryAfterFull(start, end);
            if (free >= 0) {
                return free;
            }
            int hours = resource.hoursPerWeek();
            if (!e.isHousing() && hours != 0) {
                int next = hoursNextTry(hours, start, end);
                if (next >= 0) {
                    return next;
                }
            }
            int dutch = dutchFrom(resource.minimumDutchLevel());
            return start >= dutch ? -1 : dutch;
        }

        /**
         * The first start week from which the person knows {@code needed} Dutch ({@link #knowsEnoughDutch}, which
         * can only turn true as the start moves later); {@link Integer#MIN_VALUE} when at every week,
         * {@link Integer#MAX_VALUE} when at none.
         */
        private int dutchFrom(CefrLevel needed) {
            int known = dutchFrom[needed.ordinal()];
            if (known != UNKNOWN) {
                return known;
            }
            int from = Integer.MAX_VALUE;
            if (e.getTrack() != TrackKind.WORK || e.getDutchLevel().atLeast(needed)) {
                from = Integer.MIN_VALUE;
            } else {
                for (Slot course : others) {
                    if (course.resource().kind() != ResourceKind.COURSE_GROUP) {
                        continue;
                    }
                    for (int w = course.startWeek() + 1; w <= course.endWeek() && w < from; w++) {
                        if (knowsEnoughDutch(e, course, needed, w)) {
                            from = w;
                            break;
                        }
                    }
                }
            }
            dutchFrom[needed.ordinal()] = from;
            return from;
        }

        /**
         * -1 when the person's weekly hours with a stay of {@code hours} a week over {@code [start, end)} added stay within
         * the limit (checked at the start of every stay, where the sum can only rise); otherwise the first start worth
         * trying. When the start week itself is over, no later week is under before one of the person's other activities
         * ends (until then every one under way still is), so the search jumps there instead of trying week by week; when
         * the week another activity starts is over, it jumps past that week.
         */
        private int hoursNextTry(int hours, int start, int end) {
            int limit = e.getWeeklyHoursLimit();
            if (loadIn(start) + (start < end ? hours : 0) > limit) {
                int firstEnd = Integer.MAX_VALUE;
                for (Slot s : others) {
                    if (s.startWeek() <= start && start < s.endWeek()) {
                        firstEnd = Math.min(firstEnd, s.endWeek());
                    }
                }
                return firstEnd == Integer.MAX_VALUE ? weeks : firstEnd; // alone over the limit: never fits
            }
            // Over where another activity starts within the stay: so is every later start whose stay still covers
            // that week, the first worth trying is the week after the last such week.
            int last = -1;
            for (Slot at : others) {
                int week = at.startWeek();
                if (week > last && loadIn(week) + (start <= week && week < end ? hours : 0) > limit) {
                    last = week;
                }
            }
            return last < 0 ? -1 : Math.max(last + 1, start + 1);
        }
    }

    private static final int UNKNOWN = Integer.MIN_VALUE + 1;

    /**
     * A placement's minimum level of Dutch is met at its start through {@code course}, one of the person's already
     * placed ({@link DutchProgress}); the level at intake is checked by the caller.
     */
    static boolean knowsEnoughDutch(TrackAssignment e, Slot course, CefrLevel needed, int start) {
        return DutchProgress.levelAfter(e.getDutchLevel(), course.resource().subKind(),
                Math.min(course.endWeek(), start) - course.startWeek()).atLeast(needed);
    }

    private void book(TrackAssignment e) {
        Slot slot = e.getSlot();
        capacity.book(slot.resource(), slot.startWeek(), slot.endWeek());
        if (!e.isHousing()) {
            activitiesByPerson.computeIfAbsent(e.getPersonId(), k -> new ArrayList<>()).add(slot);
        }
    }
}
