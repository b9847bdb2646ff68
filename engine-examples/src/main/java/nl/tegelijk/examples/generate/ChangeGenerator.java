package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import nl.tegelijk.api.Change;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;

/**
 * Draws a week of reality for a replan: households arriving (drawn by the scenario generator under a seed of their
 * own, ids prefixed {@code A}), asylum seekers granted a permit and linked, a person moving away or finding work,
 * dwellings offered and one falling through, a course group cancelled or added, the actual starts of what the plan
 * starts this week, and what the case system reports about the past week: starts that did not happen (half of those
 * planned there and not recorded) and, every third week, one course or placement left early. Resources in use by a
 * started activity are never withdrawn, so every batch is valid.
 *
 * <p>Deterministic for equal state, date and random sequence. Not thread-safe: it hands out arrivals and new ids in
 * order.
 */
public final class ChangeGenerator {

    private final List<List<Person>> arrivals = new ArrayList<>();
    private final Map<String, Household> arrivalHouseholds = new LinkedHashMap<>();
    private final Map<String, List<IntakeReport>> arrivalReports = new LinkedHashMap<>();
    /** The starts recorded in the last batch (subject, track, resource): they happened, so they are never missed. */
    private Set<String> recordedLastWeek = Set.of();
    private int nextArrival;
    private int nextId;

    /**
     * A generator whose arrivals are drawn like the persons of {@code settings} (same preset and dates).
     *
     * @param poolPersons how many arriving persons to draw up front
     */
    public ChangeGenerator(GeneratorSettings settings, int poolPersons) {
        Scenario pool = ScenarioGenerator.generate(settings.withPersons(poolPersons).withSeed(settings.seed() + 7919));
        pool.households().forEach(h -> arrivalHouseholds.put(h.id(), h));
        pool.intakeReports().forEach(r -> arrivalReports.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r));
        arrivals.addAll(pool.membersByHousehold().values());
    }

    /** The changes of the week that starts on {@code asOf} (a Monday), against {@code state}. */
    public List<Change> week(PlanState state, LocalDate asOf, int asOfWeek, SplittableRandom random) {
        Scenario s = state.scenario();
        Plan plan = state.plan();
        List<Change> changes = new ArrayList<>();
        Set<String> startingSubjects = new HashSet<>();
        Set<String> busyResources = new HashSet<>();
        Set<String> recorded = new HashSet<>();
        pastWeek(plan, asOf, asOfWeek, random, changes, startingSubjects);
        plan.housing().forEach(h -> {
            if (h.moveInWeek() <= asOfWeek) {
                busyResources.add(h.dwellingId());
            }
            if (h.moveInWeek() == asOfWeek) {
                startingSubjects.addAll(h.memberIds());
                startingSubjects.add(h.householdId());
                if (random.nextInt(10) < 9) {
                    changes.add(new Change.ActualStartRecorded(h.householdId(), TrackKind.HOUSING, h.dwellingId(),
                            asOf.plusDays(random.nextInt(3))));
                    recorded.add(key(h.householdId(), TrackKind.HOUSING, h.dwellingId()));
                }
            }
        });
        plan.tracks().forEach(t -> {
            if (t.startWeek() <= asOfWeek) {
                busyResources.add(t.resourceId());
            }
            if (t.startWeek() == asOfWeek) {
                startingSubjects.add(t.personId());
                if (random.nextInt(10) < 9) {
                    changes.add(new Change.ActualStartRecorded(t.personId(), t.track(), t.resourceId(),
                            asOf.plusDays(random.nextInt(3))));
                    recorded.add(key(t.personId(), t.track(), t.resourceId()));
                }
            }
        });
        recordedLastWeek = Set.copyOf(recorded);
        for (int i = 0; i < 2 && nextArrival < arrivals.size(); i++) {
            arrive(s, arrivals.get(nextArrival++), asOf.plusDays(random.nextInt(5)), changes);
        }
        grantPermits(s, asOf, random, changes);
        List<Person> stayers = s.persons().stream().filter(p -> !startingSubjects.contains(p.id())).toList();
        if (!stayers.isEmpty()) {
            Person leaver = stayers.get(random.nextInt(stayers.size()));
            changes.add(new Change.PersonLeaves(leaver.id(), random.nextBoolean() ? Change.LeaveReason.MOVED_AWAY
                    : Change.LeaveReason.FOUND_WORK, asOf.plusDays(random.nextInt(5))));
        }
        for (int i = 0; i < 2 && !s.dwellings().isEmpty(); i++) {
            Dwelling like = s.dwellings().get(random.nextInt(s.dwellings().size()));
            changes.add(new Change.DwellingAdded(new Dwelling("D-N" + (++nextId), like.locationId(),
                    asOf.plusWeeks(2 + random.nextInt(6)), like.rooms(), like.maxOccupants(), like.accessible()),
                    asOf));
        }
        if (asOfWeek % 3 == 1) {
            pickFree(s.dwellings().stream().map(Dwelling::id).toList(), busyResources, random)
                    .ifPresent(id -> changes.add(new Change.DwellingWithdrawn(id, asOf.plusDays(random.nextInt(5)))));
        }
        if (asOfWeek % 6 == 2) {
            pickFree(s.courseGroups().stream().map(CourseGroup::id).toList(), busyResources, random)
                    .ifPresent(id -> changes.add(new Change.CourseGroupCancelled(id, asOf)));
        }
        if (asOfWeek % 6 == 5 && !s.courseGroups().isEmpty()) {
            CourseGroup like = s.courseGroups().get(random.nextInt(s.courseGroups().size()));
            LocalDate from = asOf.plusWeeks(2);
            changes.add(new Change.CourseGroupAdded(new CourseGroup("C-N" + (++nextId), like.kind(),
                    like.locationId(), from, true, List.of(), like.durationWeeks(), like.hoursPerWeek(), like.seats(),
                    like.childcare()), asOf));
        }
        return changes;
    }

    /**
     * What the case system reports about the past week: half of the starts the plan had there and nobody recorded did
     * not happen; every third week one person leaves a running course or placement early. Their subjects are kept
     * from leaving in the same batch.
     */
    private void pastWeek(Plan plan, LocalDate asOf, int asOfWeek, SplittableRandom random, List<Change> changes,
                          Set<String> reported) {
        plan.housing().stream().filter(h -> h.moveInWeek() == asOfWeek - 1
                        && !recordedLastWeek.contains(key(h.householdId(), TrackKind.HOUSING, h.dwellingId())))
                .forEach(h -> {
                    if (random.nextBoolean()) {
                        changes.add(new Change.StartMissed(h.householdId(), TrackKind.HOUSING, h.dwellingId(),
                                asOf.minusDays(1 + random.nextInt(5))));
                        reported.addAll(h.memberIds());
                    }
                });
        plan.tracks().stream().filter(t -> t.startWeek() == asOfWeek - 1
                        && !recordedLastWeek.contains(key(t.personId(), t.track(), t.resourceId())))
                .filter(distinctBy(t -> key(t.personId(), t.track(), t.resourceId()))) // one report per activity
                .forEach(t -> {
                    if (random.nextBoolean()) {
                        changes.add(new Change.StartMissed(t.personId(), t.track(), t.resourceId(),
                                asOf.minusDays(1 + random.nextInt(5))));
                        reported.add(t.personId());
                    }
                });
        if (asOfWeek % 3 == 0) {
            List<TrackPlacement> running = plan.tracks().stream()
                    .filter(t -> t.track() != TrackKind.EDUCATION && t.startWeek() < asOfWeek - 1
                            && t.endWeek() > asOfWeek && !reported.contains(t.personId()))
                    .toList();
            if (!running.isEmpty()) {
                TrackPlacement t = running.get(random.nextInt(running.size()));
                changes.add(new Change.LeftEarly(t.personId(), t.track(), t.resourceId(),
                        asOf.minusDays(1 + random.nextInt(5))));
                reported.add(t.personId());
            }
        }
    }

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    private static String key(String subject, TrackKind track, String resource) {
        return subject + "\u0000" + track + "\u0000" + resource;
    }

    private static Optional<String> pickFree(List<String> ids, Set<String> busy, SplittableRandom random) {
        List<String> free = ids.stream().filter(id -> !busy.contains(id)).toList();
        return free.isEmpty() ? Optional.empty() : Optional.of(free.get(random.nextInt(free.size())));
    }

    private void grantPermits(Scenario s, LocalDate asOf, SplittableRandom random, List<Change> changes) {
        List<List<Person>> waiting = s.membersByHousehold().values().stream()
                .filter(m -> m.stream().allMatch(p -> p.status() == ResidenceStatus.ASYLUM_SEEKER
                        && p.linkedToMunicipalityDate().isEmpty())).toList(); // not those COA already expects to link
        if (waiting.isEmpty()) {
            return;
        }
        List<Person> members = waiting.get(random.nextInt(waiting.size()));
        LocalDate granted = asOf.plusDays(random.nextInt(3));
        for (Person p : members) {
            changes.add(new Change.PermitGranted(p.id(), PermitKind.ASYLUM_FIXED_TERM, granted));
        }
        for (Person p : members) {
            changes.add(new Change.LinkedToMunicipality(p.id(), granted.plusDays(random.nextInt(3))));
        }
    }

    private void arrive(Scenario s, List<Person> members, LocalDate date, List<Change> changes) {
        Set<String> locations = s.locations().stream().map(Location::id).collect(Collectors.toSet());
        String fallback = s.locations().get(0).id();
        Household h = arrivalHouseholds.get(members.get(0).householdId());
        Household renamed = new Household("A" + h.id(), h.needsAccessibleDwelling(), h.minimumRooms(),
                h.preferredDistrict());
        boolean first = true;
        for (Person p : members) {
            String location = locations.contains(p.locationId()) ? p.locationId() : fallback;
            List<IntakeReport> reports = arrivalReports.getOrDefault(p.id(), List.of()).stream()
                    .map(r -> new IntakeReport("A" + r.id(), "A" + p.id(), r.party(), r.date(), r.findings(),
                            r.strengths(), r.wishes()))
                    .toList();
            changes.add(new Change.PersonArrives(renamed(p, "A" + p.id(), renamed.id(), location),
                    first ? Optional.of(renamed) : Optional.empty(), reports, date));
            first = false;
        }
    }

    private static Person renamed(Person p, String id, String householdId, String locationId) {
        return p.toBuilder().id(id).householdId(householdId).locationId(locationId).build();
    }
}
