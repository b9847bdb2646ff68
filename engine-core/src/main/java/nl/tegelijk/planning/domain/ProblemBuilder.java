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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.planning.UnplannedReason;

/**
 * Translates a scenario and its assessments into a {@link PlanningProblem}: dates to weeks (once, through
 * {@link WeekCalendar}), resources to facts, tracks to entities with small entity-specific value ranges.
 * Stateless and thread-safe; eligibility comes from the assessments, the builder only matches it to resources.
 */
public final class ProblemBuilder {

    private ProblemBuilder() {
    }

    /**
     * Builds the problem.
     *
     * @param startWeeksPerResource start weeks per resource in a value range (dense first, then spreading out)
     * @param resourcesPerTrack eligible resources per value range, those with the earliest start first
     * @param warmStart per entity id a resource id and start week to begin from (added to the value range)
     */
    public static PlanningProblem build(Scenario scenario, List<Assessment> assessments, int startWeeksPerResource,
                                        int resourcesPerTrack, Map<String, WarmSlot> warmStart) {
        return build(scenario, assessments, startWeeksPerResource, resourcesPerTrack, warmStart, 0, Map.of());
    }

    /**
     * Builds the problem of a replan: tracks in {@code pinned} get that slot and are pinned (they have started and
     * never move, whether or not the resource is still eligible); every other track starts in {@code asOfWeek} or
     * later, and a warm-start slot before it is dropped.
     *
     * @param asOfWeek the first week that may still change
     * @param pinned per entity id the slot it started in
     * @throws IllegalArgumentException when a pinned slot names a resource that is not in the scenario
     */
    public static PlanningProblem build(Scenario scenario, List<Assessment> assessments, int startWeeksPerResource,
                                        int resourcesPerTrack, Map<String, WarmSlot> warmStart, int asOfWeek,
                                        Map<String, WarmSlot> pinned) {
        checkArgument(asOfWeek >= 0, "asOfWeek (%s) must not be negative", asOfWeek);
        checkArgument(startWeeksPerResource > 0, "startWeeksPerResource (%s) must be positive", startWeeksPerResource);
        checkArgument(resourcesPerTrack > 0, "resourcesPerTrack (%s) must be positive", resourcesPerTrack);
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
        Map<String, List<Resource>> eligible = new HashMap<>();
        // Tracks with the same criteria share one list of eligible resources (and, below, one value range).
        Map<List<Object>, List<Resource>> fits = new HashMap<>();
        List<ExcludedTrack> excluded = new ArrayList<>();

        for (Household household : scenario.households()) {
            List<Person> members = scenario.membersOf(household.id());
            List<Person> needing = members.stream()
                    .filter(p -> byPerson.containsKey(p.id()) && byPerson.get(p.id()).track(TrackKind.HOUSING).isPresent())
                    .toList();
            if (needing.isEmpty()) {
                continue;
            }
            if (members.stream().anyMatch(p -> p.status() == ResidenceStatus.ASYLUM_SEEKER)) {
                excluded.add(new ExcludedTrack(household.id(), TrackKind.HOUSING,
                        UnplannedReason.ASYLUM_SEEKER_IN_HOUSEHOLD));
                continue;
            }
            List<TrackRequirement> reqs = needing.stream()
                    .map(p -> byPerson.get(p.id()).track(TrackKind.HOUSING).orElseThrow()).toList();
            int earliest = reqs.stream().mapToInt(r -> calendar.firstWeekOnOrAfter(r.earliestStart())).max().orElse(0);
            int deadline = reqs.stream().flatMap(r -> r.deadline().stream())
                    .mapToInt(calendar::lastWeekOnOrBefore).min().orElse(TrackAssignment.NO_DEADLINE);
            boolean required = reqs.stream().anyMatch(r -> !r.voluntary());
            Person first = needing.get(0);
            List<Resource> fit = fits.computeIfAbsent(List.of(TrackKind.HOUSING, members.size(),
                    household.minimumRooms(), household.needsAccessibleDwelling()), k -> resources.stream()
                    .filter(r -> r.isDwelling() && r.maxOccupants() >= members.size()
                            && r.rooms() >= household.minimumRooms()
                            && (r.accessible() || !household.needsAccessibleDwelling()))
                    .toList());
            entities.add(new TrackAssignment("HOUSING:" + household.id(), TrackKind.HOUSING, household.id(),
                    household.id(), needing.stream().map(Person::id).toList(), members.size(), earliest, deadline,
                    required, Integer.MAX_VALUE, first.dutchLevel(), Set.of(), false,
                    location(locations, first.locationId()), horizon, 0, List.of()));
            eligible.put("HOUSING:" + household.id(), fit);
        }
        for (Person person : persons.values()) {
            Assessment assessment = byPerson.get(person.id());
            if (assessment == null) {
                continue;
            }
            for (TrackRequirement req : assessment.tracks()) {
                if (req.track() == TrackKind.HOUSING) {
                    continue;
                }
                int age = person.ageOn(scenario.planStart());
                List<Object> fitKey = switch (req.track()) {
                    case LANGUAGE -> List.of(req.track(), req.courseKinds());
                    case EDUCATION -> List.of(req.track(), req.schoolKinds(), age);
                    case WORK -> List.of(req.track(), req.placementKinds(), person.dutchLevel());
                    case HOUSING -> List.of(req.track());
                };
                List<Resource> fit = fits.computeIfAbsent(fitKey, k -> resources.stream()
                        .filter(r -> r.kind().track() == req.track())
                        .filter(r -> switch (req.track()) {
                            case LANGUAGE -> req.courseKinds().stream().anyMatch(c -> c.name().equals(r.subKind()));
                            case EDUCATION -> req.schoolKinds().stream().anyMatch(c -> c.name().equals(r.subKind()))
                                    && age >= r.minAge() && age <= r.maxAge();
                            case WORK -> req.placementKinds().stream().anyMatch(c -> c.name().equals(r.subKind()))
                                    && person.dutchLevel().atLeast(r.minimumDutchLevel());
                            case HOUSING -> false;
                        }).toList());
                String id = req.track() + ":" + person.id();
                entities.add(new TrackAssignment(id, req.track(), person.householdId(), person.id(),
                        List.of(person.id()), 1, calendar.firstWeekOnOrAfter(req.earliestStart()),
                        req.deadline().map(calendar::lastWeekOnOrBefore).orElse(TrackAssignment.NO_DEADLINE),
                        !req.voluntary(), assessment.weeklyHoursLimit(), person.dutchLevel(),
                        new LinkedHashSet<>(person.skills()), age < 18, location(locations, person.locationId()),
                        horizon, 0, List.of()));
                eligible.put(id, fit);
            }
        }
        entities.sort(Comparator.comparingInt(TrackAssignment::getEarliestWeek).thenComparing(TrackAssignment::getId));
        PlanningProblem draft = new PlanningProblem(calendar,
                new PlanningSchedule(horizon, resources, List.of(), List.of(), List.of()), eligible, excluded, pool);
        List<TrackAssignment> ranged = new ArrayList<>(entities.size());
        Map<List<Resource>, Integer> fitIds = new IdentityHashMap<>();
        Map<Integer, Set<String>> fitSets = new HashMap<>();
        Map<RangeKey, List<Slot>> ranges = new HashMap<>();
        Map<List<Location>, Double> km = new HashMap<>();
        Map<String, Resource> resourcesById = new HashMap<>();
        resources.forEach(r -> resourcesById.put(r.id(), r));
        for (int i = 0; i < entities.size(); i++) {
            TrackAssignment planned = entities.get(i);
            WarmSlot pin = pinned.get(planned.getId());
            if (pin != null) {
                Resource r = resourcesById.get(pin.resourceId());
                checkArgument(r != null, "pinned track (%s) names resource (%s), which is not in the scenario",
                        planned.getId(), pin.resourceId());
                Slot slot = pool.get(r, pin.startWeek());
                TrackAssignment copy = copy(planned, Math.min(planned.getEarliestWeek(), pin.startWeek()), i,
                        List.of(slot));
                copy.setSlot(slot);
                copy.setPinned(true);
                ranged.add(copy);
                continue;
            }
            TrackAssignment e = copy(planned, Math.max(planned.getEarliestWeek(), asOfWeek), i, List.of());
            List<Resource> fit = eligible.get(e.getId());
            int fitId = fitIds.computeIfAbsent(fit, f -> fitIds.size());
            Set<String> fitResourceIds = fitSets.computeIfAbsent(fitId,
                    k -> fit.stream().map(Resource::id).collect(Collectors.toSet()));
            Optional<Slot> warm = Optional.ofNullable(warmStart.get(e.getId()))
                    .filter(w -> w.startWeek() >= e.getEarliestWeek() && fitResourceIds.contains(w.resourceId()))
                    .map(w -> pool.get(resourcesById.get(w.resourceId()), w.startWeek()));
            List<Slot> range = ranges.computeIfAbsent(new RangeKey(fitId, e.getEarliestWeek(), e.getHomeLocation()),
                    k -> valueRange(draft, e, fit, startWeeksPerResource, resourcesPerTrack, km));
            if (warm.isPresent() && !range.contains(warm.get())) {
                range = new ArrayList<>(range);
                range.add(warm.get());
            }
            TrackAssignment copy = copy(e, e.getEarliestWeek(), i, range);
            warm.ifPresent(copy::setSlot);
            ranged.add(copy);
        }
        PlanningSchedule schedule = new PlanningSchedule(horizon, resources, participants(ranged),
                QuotaPeriods.of(scenario, calendar), ranged);
        return new PlanningProblem(calendar, schedule, eligible, excluded, pool);
    }

    private static TrackAssignment copy(TrackAssignment e, int earliestWeek, int arrivalOrder, List<Slot> range) {
        return new TrackAssignment(e.getId(), e.getTrack(), e.getHouseholdId(), e.getPersonId(),
                e.getParticipantIds(), e.getOccupants(), earliestWeek, e.getDeadlineWeek(), e.isRequired(),
                e.getWeeklyHoursLimit(), e.getDutchLevel(), e.getSkills(), e.isMinor(), e.getHomeLocation(),
                e.getHorizonWeeks(), arrivalOrder, range);
    }

    /**
     * The problem as the planner solves it by default: built, scheduled greedily with seats to who waits for no
     * dwelling first ({@link GreedyScheduler.Policy#LEAST_SLACK}), then built again starting from those slots.
     */
    public static PlanningProblem buildWarmStarted(Scenario scenario, List<Assessment> assessments,
                                                   int startWeeksPerResource, int resourcesPerTrack) {
        return buildWarmStarted(scenario, assessments, startWeeksPerResource, resourcesPerTrack, Map.of(), 0, Map.of(),
                GreedyScheduler.Policy.LEAST_SLACK);
    }

    /**
     * A problem that starts from {@code given} slots (a previous plan's, or none) and, for every track they do not
     * cover, a greedy slot under {@code policy}; those slots are added to the value ranges, so that the construction
     * heuristic has little left to do.
     */
    public static PlanningProblem buildWarmStarted(Scenario scenario, List<Assessment> assessments,
                                                   int startWeeksPerResource, int resourcesPerTrack,
                                                   Map<String, WarmSlot> given, int asOfWeek,
                                                   Map<String, WarmSlot> pinned, GreedyScheduler.Policy policy) {
        PlanningProblem draft = build(scenario, assessments, startWeeksPerResource, resourcesPerTrack, given, asOfWeek,
                pinned);
        new GreedyScheduler(draft).run(policy);
        return build(scenario, assessments, startWeeksPerResource, resourcesPerTrack, assignedSlots(draft), asOfWeek,
                pinned);
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

    /**
     * What a value range depends on: the eligible resources (by identity of their shared list), the earliest week and
     * where the person lives. Tracks with equal keys get one shared range.
     */
    private record RangeKey(int fitId, int earliestWeek, Location home) {
    }

    private static List<Slot> valueRange(PlanningProblem problem, TrackAssignment e, List<Resource> fit,
                                         int startWeeks, int maxResources, Map<List<Location>, Double> km) {
        record Candidate(Resource resource, int firstWeek, double km) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Resource r : fit) {
            int first = problem.firstAllowedStart(e, r, 0);
            if (first >= 0) {
                candidates.add(new Candidate(r, first, km.computeIfAbsent(List.of(e.getHomeLocation(), r.location()),
                        pair -> pair.get(0).distanceKmTo(pair.get(1)))));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::firstWeek).thenComparingDouble(Candidate::km)
                .thenComparing(c -> c.resource().id()));
        List<Slot> range = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(maxResources, candidates.size()))) {
            if (c.resource().isDwelling()) {
                range.add(problem.slots().get(c.resource(), c.firstWeek()));
                continue;
            }
            int offset = 0;
            int week = c.firstWeek();
            for (int n = 0; n < startWeeks && week >= 0; n++) {
                range.add(problem.slots().get(c.resource(), week));
                offset = offset < 4 ? offset + 1 : (int) Math.ceil(offset * 1.5);
                week = problem.firstAllowedStart(e, c.resource(), Math.max(week + 1, c.firstWeek() + offset));
            }
        }
        return List.copyOf(range);
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
                    c.seats(), cal.firstWeekOnOrAfter(c.availableFrom()), c.rollingIntake(),
                    weeks(cal, c.cohortStarts()), c.durationWeeks(), c.hoursPerWeek(), 0, 0, false,
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
                    p.slots(), cal.firstWeekOnOrAfter(p.availableFrom()), true, List.of(), p.durationWeeks(),
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
