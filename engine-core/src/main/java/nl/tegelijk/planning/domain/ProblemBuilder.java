package nl.tegelijk.planning.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.planning.UnplannedReason;

/**
 * Translates a scenario and its assessments into a {@link PlanningProblem}: dates to weeks (once, through
 * {@link WeekCalendar}), resources to facts, and each option of an assessment to an entity (per household for
 * housing). It decides nothing legal: which options a person has, of which kinds, from when, by when, for how long at
 * most and whether required, all come from the assessments; the builder only matches resources to those kinds (and to
 * a school class's age band, a dwelling's size, a placement's Dutch level). Each value range holds every slot the
 * option allows, from its earliest week to the horizon end. Stateless and thread-safe.
 *
 * <p>An option that opens after the horizon end gets no entity: it is not due in this plan.
 */
public final class ProblemBuilder {

    private ProblemBuilder() {
    }

    /** Builds the problem, every slot unassigned. */
    public static PlanningProblem build(Scenario scenario, List<Assessment> assessments) {
        return build(scenario, assessments, Map.of(), 0, Map.of());
    }

    /**
     * Builds the problem of a plan or a replan: tracks in {@code pinned} get that slot and are pinned (they have
     * started and never move, whether or not the resource is still eligible); every other track starts in
     * {@code asOfWeek} or later. A {@code warmStart} slot is set where the value range holds it.
     *
     * @param warmStart per entity id a resource id and start week to begin from
     * @param asOfWeek the first week that may still change
     * @param pinned per entity id the slot it started in
     * @throws IllegalArgumentException when a pinned slot names a resource that is not in the scenario
     */
    public static PlanningProblem build(Scenario scenario, List<Assessment> assessments,
                                        Map<String, WarmSlot> warmStart, int asOfWeek, Map<String, WarmSlot> pinned) {
        checkArgument(asOfWeek >= 0, "asOfWeek (%s) must not be negative", asOfWeek);
        WeekCalendar calendar = new WeekCalendar(scenario.planStart(), scenario.horizonWeeks());
        int horizon = scenario.horizonWeeks();
        Map<String, Location> locations = new HashMap<>();
        scenario.locations().forEach(l -> locations.put(l.id(), l));
        Map<String, Person> persons = new LinkedHashMap<>();
        scenario.persons().forEach(p -> persons.put(p.id(), p));
        Map<String, Assessment> byPerson = new LinkedHashMap<>();
        for (Assessment a : assessments) {
            checkArgument(persons.containsKey(a.personId()),
                    "assessment for person (%s) who is not in the scenario (%s)", a.personId(), scenario.name());
            checkArgument(byPerson.put(a.personId(), a) == null, "two assessments for person (%s)", a.personId());
        }
        List<Resource> resources = resources(scenario, calendar, locations);
        SlotPool pool = new SlotPool(horizon);
        List<TrackAssignment> entities = new ArrayList<>();
        // Options with the same criteria share one list of eligible resources (and one sorted list of slots).
        Map<List<Object>, List<Resource>> fits = new HashMap<>();

        Map<String, List<Person>> membersByHousehold = scenario.membersByHousehold();
        for (Household household : scenario.households()) {
            List<Person> members = membersByHousehold.getOrDefault(household.id(), List.of());
            List<TrackRequirement> reqs = members.stream().filter(p -> byPerson.containsKey(p.id()))
                    .flatMap(p -> byPerson.get(p.id()).tracks(TrackKind.HOUSING).stream()).toList();
            if (reqs.isEmpty()) {
                continue;
            }
            // Every member holds the household's option with the household's dates (HV-DUTY-01, decided per
            // household by the rules); the latest earliest date and the earliest deadline only matter when members
            // were assessed apart.
            int earliest = reqs.stream().mapToInt(r -> calendar.firstWeekOnOrAfter(r.earliestStart())).max().orElse(0);
            if (earliest >= horizon) {
                continue;
            }
            int deadline = reqs.stream().flatMap(r -> r.deadline().stream())
                    .mapToInt(calendar::lastWeekOnOrBefore).min().orElse(TrackAssignment.NO_DEADLINE);
            List<String> needing = members.stream().filter(p -> byPerson.containsKey(p.id())
                    && !byPerson.get(p.id()).tracks(TrackKind.HOUSING).isEmpty()).map(Person::id).toList();
            Person first = persons.get(needing.get(0));
            List<Resource> fit = fits.computeIfAbsent(List.of(TrackKind.HOUSING, members.size(),
                    household.minimumRooms(), household.needsAccessibleDwelling()), k -> resources.stream()
                    .filter(r -> r.isDwelling() && r.maxOccupants() >= members.size()
                            && r.rooms() >= household.minimumRooms()
                            && (r.accessible() || !household.needsAccessibleDwelling()))
                    .toList());
            entities.add(new TrackAssignment(TrackAssignment.idOf(TrackKind.HOUSING, household.id(), ""),
                    TrackKind.HOUSING, household.id(), household.id(), needing, members.size(), earliest, deadline,
                    reqs.stream().anyMatch(r -> !r.voluntary()), Integer.MAX_VALUE, first.dutchLevel(), Set.of(),
                    false, location(locations, first.locationId()), horizon, 0, List.of(), reqs.get(0).ruleId(),
                    Set.of(), TrackAssignment.NO_MAXIMUM, fit));
        }
        for (Person person : persons.values()) {
            Assessment assessment = byPerson.get(person.id());
            if (assessment == null) {
                continue;
            }
            CefrLevel reachable = reachableLevel(person, assessment);
            for (TrackRequirement req : assessment.tracks()) {
                int earliest = calendar.firstWeekOnOrAfter(req.earliestStart());
                if (req.track() == TrackKind.HOUSING || earliest >= horizon) {
                    continue;
                }
                int age = person.ageOn(req.earliestStart().isAfter(scenario.planStart()) ? req.earliestStart()
                        : scenario.planStart());
                Set<String> kinds = kinds(req);
                List<Object> fitKey = switch (req.track()) {
                    case LANGUAGE, HOUSING -> List.of(req.track(), kinds);
                    case EDUCATION -> List.of(req.track(), kinds, age);
                    case WORK -> List.of(req.track(), kinds, reachable);
                };
                List<Resource> fit = fits.computeIfAbsent(fitKey, k -> resources.stream()
                        .filter(r -> r.kind().track() == req.track() && kinds.contains(r.subKind()))
                        .filter(r -> switch (req.track()) {
                            case EDUCATION -> age >= r.minAge() && age <= r.maxAge();
                            case WORK -> reachable.atLeast(r.minimumDutchLevel());
                            case LANGUAGE, HOUSING -> true;
                        }).toList());
                entities.add(new TrackAssignment(TrackAssignment.idOf(req.track(), person.id(), req.ruleId()),
                        req.track(), person.householdId(), person.id(), List.of(person.id()), 1, earliest,
                        req.deadline().map(calendar::lastWeekOnOrBefore).orElse(TrackAssignment.NO_DEADLINE),
                        !req.voluntary(), assessment.weeklyHoursLimit(), person.dutchLevel(),
                        new LinkedHashSet<>(person.skills()), req.minor(), location(locations, person.locationId()),
                        horizon, 0, List.of(), req.ruleId(), kinds,
                        req.maxWeeks().orElse(TrackAssignment.NO_MAXIMUM), fit));
            }
        }
        entities.sort(Comparator.comparingInt(TrackAssignment::getEarliestWeek).thenComparing(TrackAssignment::getId));
        Map<String, Resource> resourcesById = new HashMap<>();
        resources.forEach(r -> resourcesById.put(r.id(), r));
        Map<List<Resource>, Map<Integer, List<Slot>>> allSlots = new IdentityHashMap<>();
        Map<String, List<Resource>> eligible = new HashMap<>();
        List<TrackAssignment> ranged = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            TrackAssignment planned = entities.get(i);
            eligible.put(planned.getId(), planned.getEligible());
            WarmSlot pin = pinned.get(planned.getId());
            if (pin != null) {
                Resource r = resourcesById.get(pin.resourceId());
                checkArgument(r != null, "pinned track (%s) names resource (%s), which is not in the scenario",
                        planned.getId(), pin.resourceId());
                Slot slot = pool.get(r, pin.startWeek(), planned.getMaxWeeks());
                TrackAssignment copy = copy(planned, Math.min(planned.getEarliestWeek(), pin.startWeek()), i,
                        List.of(slot));
                copy.setSlot(slot);
                copy.setPinned(true);
                ranged.add(copy);
                continue;
            }
            int from = Math.max(planned.getEarliestWeek(), asOfWeek);
            List<Slot> all = allSlots.computeIfAbsent(planned.getEligible(), k -> new HashMap<>()).computeIfAbsent(
                    planned.getMaxWeeks(), k -> allowedSlots(planned.getEligible(), k, pool, horizon));
            TrackAssignment copy = copy(planned, from, i, all.subList(TrackAssignment.firstAtOrAfter(all, from), all.size()));
            WarmSlot warm = warmStart.get(copy.getId());
            if (warm != null && resourcesById.containsKey(warm.resourceId())) {
                Slot slot = copy.slotAt(resourcesById.get(warm.resourceId()), warm.startWeek());
                if (slot != null) {
                    copy.setSlot(slot);
                }
            }
            ranged.add(copy);
        }
        PlanningSchedule schedule = new PlanningSchedule(horizon, resources, participants(ranged),
                QuotaPeriods.of(scenario, calendar), ranged);
        return new PlanningProblem(calendar, schedule, eligible, pool);
    }

    /**
     * The best level of Dutch the person can have during the horizon: the level at intake, or the level a course of
     * one of the person's language options leads to ({@link DutchProgress}). A placement that needs more is not
     * eligible; one that needs a level the person reaches only in a course is eligible, and the hard constraint
     * "Placement needs more Dutch" checks the weeks.
     */
    private static CefrLevel reachableLevel(Person person, Assessment assessment) {
        CefrLevel best = person.dutchLevel();
        for (TrackRequirement r : assessment.tracks(TrackKind.LANGUAGE)) {
            for (CourseKind c : r.courseKinds()) {
                CefrLevel level = DutchProgress.levelAfter(person.dutchLevel(), c.name(), Integer.MAX_VALUE / 4);
                best = level.atLeast(best) ? level : best;
            }
        }
        return best;
    }

    private static Set<String> kinds(TrackRequirement req) {
        Set<String> kinds = new LinkedHashSet<>();
        req.courseKinds().forEach(k -> kinds.add(k.name()));
        req.schoolKinds().forEach(k -> kinds.add(k.name()));
        req.placementKinds().forEach(k -> kinds.add(k.name()));
        return Set.copyOf(kinds);
    }

    /** Every slot of {@code fit} within the horizon, ordered by start week and resource id. */
    private static List<Slot> allowedSlots(List<Resource> fit, int maxWeeks, SlotPool pool, int horizon) {
        List<Slot> slots = new ArrayList<>();
        for (Resource r : fit) {
            for (int w = r.firstStartFrom(0, horizon); w >= 0; w = r.firstStartFrom(w + 1, horizon)) {
                slots.add(pool.get(r, w, maxWeeks));
            }
        }
        slots.sort(Comparator.comparingInt(Slot::startWeek).thenComparing(s -> s.resource().id()));
        return List.copyOf(slots);
    }

    private static TrackAssignment copy(TrackAssignment e, int earliestWeek, int arrivalOrder, List<Slot> range) {
        return new TrackAssignment(e.getId(), e.getTrack(), e.getHouseholdId(), e.getPersonId(),
                e.getParticipantIds(), e.getOccupants(), earliestWeek, e.getDeadlineWeek(), e.isRequired(),
                e.getWeeklyHoursLimit(), e.getDutchLevel(), e.getSkills(), e.isMinor(), e.getHomeLocation(),
                e.getHorizonWeeks(), arrivalOrder, range, e.getRuleId(), e.getAllowedKinds(), e.getMaxWeeks(),
                e.getEligible());
    }

    /**
     * The problem with the greedy warm start applied (as the solver's first phase does, {@link WarmStartPhase}): for
     * benchmarks and the CP-SAT reference, which start from the same slots as the planner.
     */
    public static PlanningProblem buildWarmStarted(Scenario scenario, List<Assessment> assessments) {
        PlanningProblem problem = build(scenario, assessments);
        new GreedyScheduler(problem.schedule()).run(GreedyScheduler.Policy.LEAST_SLACK);
        return problem;
    }


    /** The assigned slots of {@code problem} as a warm start for a rebuild. */
    public static Map<String, WarmSlot> assignedSlots(PlanningProblem problem) {
        Map<String, WarmSlot> warm = new HashMap<>();
        for (TrackAssignment a : problem.schedule().getAssignments()) {
            if (a.isAssigned()) {
                warm.put(a.getId(), new WarmSlot(a.getSlot().resource().id(), a.getSlot().startWeek()));
            }
        }
        return warm;
    }

    /** A resource and start week to warm-start an entity with. */
    public record WarmSlot(String resourceId, int startWeek) {
    }

    private static List<Participant> participants(List<TrackAssignment> entities) {
        Map<String, Participant> byId = new LinkedHashMap<>();
        Map<String, String> households = new HashMap<>();
        for (TrackAssignment e : entities) {
            if (!e.isRequired()) {
                continue;
            }
            for (String personId : e.getParticipantIds()) {
                households.put(personId, e.getHouseholdId());
                Participant old = byId.get(personId);
                int arrival = old == null ? e.getEarliestWeek() : Math.min(old.arrivalWeek(), e.getEarliestWeek());
                byId.put(personId, new Participant(personId, e.getHouseholdId(), arrival));
            }
        }
        return byId.values().stream().sorted(Comparator.comparing(Participant::personId)).toList();
    }

    private static List<Resource> resources(Scenario s, WeekCalendar cal, Map<String, Location> locations) {
        List<Resource> out = new ArrayList<>();
        int horizon = cal.horizonWeeks();
        for (Dwelling d : s.dwellings()) {
            out.add(new Resource(d.id(), ResourceKind.DWELLING, "DWELLING", location(locations, d.locationId()), 1,
                    cal.firstWeekOnOrAfter(d.availableFrom()), true, List.of(), horizon, 0, d.rooms(),
                    d.maxOccupants(), d.accessible(), nl.tegelijk.model.CefrLevel.NONE, "", 0, Integer.MAX_VALUE));
        }
        for (CourseGroup c : s.courseGroups()) {
            out.add(new Resource(c.id(), ResourceKind.COURSE_GROUP, c.kind().name(), location(locations, c.locationId()),
                    c.seats().orElse(Resource.UNCAPPED), cal.firstWeekOnOrAfter(c.availableFrom()),
                    c.rollingIntake(), weeks(cal, c.cohortStarts()), c.durationWeeks(), c.hoursPerWeek(), 0, 0, false,
                    nl.tegelijk.model.CefrLevel.NONE, "", 0, Integer.MAX_VALUE));
        }
        for (SchoolClass c : s.schoolClasses()) {
            out.add(new Resource(c.id(), ResourceKind.SCHOOL_CLASS, c.kind().name(), location(locations, c.locationId()),
                    c.seats(), cal.firstWeekOnOrAfter(c.availableFrom()), c.rollingIntake(),
                    weeks(cal, c.intakeDates()), c.durationWeeks(), c.hoursPerWeek(), 0, 0, false,
                    nl.tegelijk.model.CefrLevel.NONE, "", c.minAge(), c.maxAge()));
        }
        for (Placement p : s.placements()) {
            out.add(new Resource(p.id(), ResourceKind.PLACEMENT, p.kind().name(), location(locations, p.locationId()),
                    p.slots().orElse(Resource.UNCAPPED), cal.firstWeekOnOrAfter(p.availableFrom()), true, List.of(), p.durationWeeks(),
                    p.hoursPerWeek(), 0, 0, false, p.minimumDutchLevel(), p.sector(), 0, Integer.MAX_VALUE));
        }
        return List.copyOf(out);
    }

    private static List<Integer> weeks(WeekCalendar cal, List<java.time.LocalDate> dates) {
        return dates.stream().map(cal::firstWeekOnOrAfter).distinct().sorted().toList();
    }

    private static Location location(Map<String, Location> locations, String id) {
        Location l = locations.get(id);
        checkArgument(l != null, "location (%s) is not in the scenario. Maybe the scenario was not validated.", id);
        return l;
    }
}
