package nl.tegelijk.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tegelijk.api.Change.ActualStartRecorded;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.domain.WeekCalendar;

/**
 * Applies a batch of changes to a scenario, change by change, collecting every problem; the scenario passed in is never
 * touched. Not thread-safe: one instance per batch.
 */
final class ChangeApplier {

    /**
     * The outcome of a batch that applied cleanly.
     *
     * @param scenario the new scenario
     * @param changedPersons persons to re-assess
     * @param changedHouseholds households whose members or needs changed
     * @param departed persons who left, and households that went with their last member
     * @param withdrawnResources dwellings, course groups and placements withdrawn (a placement may end while persons
     *     work there: their activities end with it)
     * @param actualStarts the starts recorded, in the past week or the as-of week
     * @param missedStarts the starts planned in the past week that did not happen
     * @param leftEarly the started activities their persons left before the end
     */
    record Applied(Scenario scenario, Set<String> changedPersons, Set<String> changedHouseholds, Set<String> departed,
                   Set<String> withdrawnResources, List<ActualStartRecorded> actualStarts,
                   List<Change.StartMissed> missedStarts, List<Change.LeftEarly> leftEarly) {

        /** The week of {@code date} in the changed scenario's calendar: the last week that starts on or before it. */
        int weekOf(LocalDate date) {
            return new WeekCalendar(scenario.planStart(), scenario.horizonWeeks()).lastWeekOnOrBefore(date);
        }
    }

    private final Scenario original;
    private final Plan plan;
    private final LocalDate asOf;
    private final int asOfWeek;
    private final List<ChangeProblem> problems = new ArrayList<>();
    private final Map<String, Household> households = new LinkedHashMap<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final List<IntakeReport> reports;
    private final Map<String, Dwelling> dwellings = new LinkedHashMap<>();
    private final Map<String, CourseGroup> courses = new LinkedHashMap<>();
    private final Map<String, Placement> placements = new LinkedHashMap<>();
    private final Map<String, Integer> withdrawnBy = new HashMap<>();
    private final Set<String> changedPersons = new HashSet<>();
    private final Set<String> changedHouseholds = new HashSet<>();
    private final Set<String> departed = new HashSet<>();
    private final List<ActualStartRecorded> actualStarts = new ArrayList<>();
    private final List<Change.StartMissed> missedStarts = new ArrayList<>();
    private final List<Change.LeftEarly> leftEarly = new ArrayList<>();
    private int index;
    private Change change;

    private ChangeApplier(Scenario scenario, Plan plan, LocalDate asOf, int asOfWeek) {
        this.original = scenario;
        this.plan = plan;
        this.asOf = asOf;
        this.asOfWeek = asOfWeek;
        scenario.households().forEach(h -> households.put(h.id(), h));
        scenario.persons().forEach(p -> persons.put(p.id(), p));
        this.reports = new ArrayList<>(scenario.intakeReports());
        scenario.dwellings().forEach(d -> dwellings.put(d.id(), d));
        scenario.courseGroups().forEach(c -> courses.put(c.id(), c));
        scenario.placements().forEach(p -> placements.put(p.id(), p));
    }

    /**
     * Applies {@code changes} in order.
     *
     * @throws InvalidChangeException listing every problem, when any change cannot be applied
     */
    static Applied apply(Scenario scenario, Plan plan, List<Change> changes, LocalDate asOf, int asOfWeek) {
        ChangeApplier applier = new ChangeApplier(scenario, plan, asOf, asOfWeek);
        for (int i = 0; i < changes.size(); i++) {
            applier.index = i;
            applier.change = changes.get(i);
            if (applier.change == null) {
                applier.problem("change", "a change is null");
                continue;
            }
            applier.applyOne();
        }
        if (!applier.problems.isEmpty()) {
            throw new InvalidChangeException(applier.problems);
        }
        return new Applied(applier.scenario(), Set.copyOf(applier.changedPersons),
                Set.copyOf(applier.changedHouseholds), Set.copyOf(applier.departed),
                Set.copyOf(applier.withdrawnBy.keySet()), List.copyOf(applier.actualStarts),
                List.copyOf(applier.missedStarts), List.copyOf(applier.leftEarly));
    }

    private void applyOne() {
        LocalDate horizonEnd = original.planStart().plusWeeks(original.horizonWeeks());
        if (change.date().isBefore(asOf.minusWeeks(1))) {
            problem("date", "date " + change.date() + " is more than a week before the as-of date " + asOf
                    + "; only the past week can still be reported");
            return;
        }
        if (!change.date().isBefore(horizonEnd)) {
            problem("date", "date " + change.date() + " is not before the horizon end " + horizonEnd);
            return;
        }
        if (change instanceof Change.PersonArrives c) {
            arrive(c);
        } else if (change instanceof Change.PersonLeaves c) {
            person(c.personId()).ifPresent(this::leave);
        } else if (change instanceof Change.PermitGranted c) {
            person(c.personId()).ifPresent(p -> grant(p, c));
        } else if (change instanceof Change.LinkedToMunicipality c) {
            person(c.personId()).ifPresent(p -> link(p, c));
        } else if (change instanceof Change.HouseholdChanged c) {
            if (!households.containsKey(c.household().id())) {
                problem("household.id", "household " + c.household().id() + " is not in the scenario");
            } else {
                households.put(c.household().id(), c.household());
                householdChanged(c.household().id());
            }
        } else if (change instanceof Change.DwellingAdded c) {
            add(dwellings, c.dwelling().id(), c.dwelling(), "dwelling.id");
        } else if (change instanceof Change.DwellingWithdrawn c) {
            withdraw(dwellings, c.dwellingId(), "dwellingId", "dwelling");
        } else if (change instanceof Change.CourseGroupAdded c) {
            add(courses, c.courseGroup().id(), c.courseGroup(), "courseGroup.id");
        } else if (change instanceof Change.CourseGroupCancelled c) {
            withdraw(courses, c.courseGroupId(), "courseGroupId", "course group");
        } else if (change instanceof Change.PlacementAdded c) {
            add(placements, c.placement().id(), c.placement(), "placement.id");
        } else if (change instanceof Change.PlacementEnded c) {
            withdraw(placements, c.placementId(), "placementId", "placement");
        } else if (change instanceof ActualStartRecorded c) {
            recordStart(c);
        } else if (change instanceof Change.StartMissed c) {
            startMissed(c);
        } else if (change instanceof Change.LeftEarly c) {
            person(c.personId()).ifPresent(p -> leftEarly(c));
        }
    }

    private void arrive(Change.PersonArrives c) {
        Person p = c.person();
        if (persons.containsKey(p.id()) || departed.contains(p.id())) {
            problem("person.id", "person " + p.id() + " is already in the scenario (duplicate arrival id)");
            return;
        }
        if (c.household().isPresent()) {
            Household h = c.household().get();
            if (households.containsKey(h.id())) {
                problem("household.id", "household " + h.id() + " is already in the scenario");
                return;
            }
            if (!h.id().equals(p.householdId())) {
                problem("person.householdId", "person's household " + p.householdId() + " is not the new household "
                        + h.id());
                return;
            }
            households.put(h.id(), h);
        } else if (!households.containsKey(p.householdId())) {
            problem("person.householdId", "household " + p.householdId() + " is not in the scenario; maybe pass it "
                    + "as the new household");
            return;
        }
        for (IntakeReport r : c.intakeReports()) {
            if (!r.personId().equals(p.id())) {
                problem("intakeReports", "report " + r.id() + " is about " + r.personId() + ", not " + p.id());
                return;
            }
        }
        persons.put(p.id(), p);
        reports.addAll(c.intakeReports());
        changedPersons.add(p.id());
        householdChanged(p.householdId());
    }

    private void leave(Person p) {
        persons.remove(p.id());
        reports.removeIf(r -> r.personId().equals(p.id()));
        changedPersons.remove(p.id());
        departed.add(p.id());
        if (persons.values().stream().noneMatch(o -> o.householdId().equals(p.householdId()))) {
            households.remove(p.householdId());
            departed.add(p.householdId());
        } else {
            householdChanged(p.householdId());
        }
    }

    private void grant(Person p, Change.PermitGranted c) {
        if (p.status() != ResidenceStatus.ASYLUM_SEEKER) {
            problem("personId", "person " + p.id() + " is a " + p.status() + ", not an asylum seeker");
        } else if (c.permitKind() == nl.tegelijk.model.PermitKind.NONE) {
            problem("permitKind", "permit kind NONE is no permit");
        } else {
            persons.put(p.id(), copy(p, ResidenceStatus.PERMIT_HOLDER, c.permitKind(), Optional.of(c.date()),
                    p.linkedToMunicipalityDate()));
            changedPersons.add(p.id());
            householdChanged(p.householdId());
        }
    }

    private void link(Person p, Change.LinkedToMunicipality c) {
        if (p.status() != ResidenceStatus.PERMIT_HOLDER) {
            problem("personId", "person " + p.id() + " is a " + p.status() + "; only a permit holder is linked");
        } else if (p.linkedToMunicipalityDate().isPresent()) {
            problem("personId", "person " + p.id() + " is already linked to the municipality since "
                    + p.linkedToMunicipalityDate().get());
        } else {
            persons.put(p.id(), copy(p, p.status(), p.permitKind(), p.permitGrantedDate(), Optional.of(c.date())));
            changedPersons.add(p.id());
            householdChanged(p.householdId());
        }
    }

    private void householdChanged(String householdId) {
        changedHouseholds.add(householdId);
        persons.values().stream().filter(o -> o.householdId().equals(householdId))
                .forEach(o -> changedPersons.add(o.id()));
    }

    private <T> void add(Map<String, T> map, String id, T value, String field) {
        if (map.containsKey(id) || withdrawnBy.containsKey(id)) {
            problem(field, id + " is already in the scenario");
        } else {
            map.put(id, value);
        }
    }

    private <T> void withdraw(Map<String, T> map, String id, String field, String kind) {
        if (withdrawnBy.containsKey(id)) {
            problem(field, kind + " " + id + " is withdrawn twice (also change " + withdrawnBy.get(id) + ")");
            return;
        }
        if (!map.containsKey(id)) {
            problem(field, kind + " " + id + " is not in the scenario");
            return;
        }
        if (actualStarts.stream().anyMatch(a -> a.resourceId().equals(id))) {
            problem(field, kind + " " + id + " has a start recorded in this batch");
            return;
        }
        List<String> started = new ArrayList<>();
        plan.housing().stream().filter(h -> h.dwellingId().equals(id) && h.moveInWeek() < asOfWeek
                        && !missed(h.householdId(), TrackKind.HOUSING, id, h.moveInWeek()))
                .forEach(h -> started.add(h.householdId()));
        plan.tracks().stream().filter(t -> t.resourceId().equals(id) && t.startWeek() < asOfWeek
                        && !missed(t.personId(), t.track(), id, t.startWeek()))
                .forEach(t -> started.add(t.personId()));
        // A placement can end while persons work there (the employer stops): their activities end with it.
        if (!started.isEmpty() && !placements.containsKey(id)) {
            problem(field, kind + " " + id + " is in use by activities that have started (" + String.join(", ",
                    started) + "); maybe let those persons leave first");
            return;
        }
        map.remove(id);
        withdrawnBy.put(id, index);
    }

    private void recordStart(ActualStartRecorded c) {
        if (!c.date().isBefore(asOf.plusWeeks(1))) {
            problem("date", "start " + c.date() + " is not in the past week or the as-of week " + asOf + "; only a "
                    + "start that has happened can be recorded");
            return;
        }
        boolean subjectKnown = c.track() == TrackKind.HOUSING ? households.containsKey(c.subjectId())
                : persons.containsKey(c.subjectId());
        if (!subjectKnown) {
            problem("subjectId", (c.track() == TrackKind.HOUSING ? "household " : "person ") + c.subjectId()
                    + " is not in the scenario");
            return;
        }
        Function<String, Boolean> known = switch (c.track()) {
            case HOUSING -> dwellings::containsKey;
            case LANGUAGE -> courses::containsKey;
            case EDUCATION -> id -> original.schoolClasses().stream().map(SchoolClass::id).anyMatch(id::equals);
            case WORK -> placements::containsKey;
        };
        if (!known.apply(c.resourceId())) {
            problem("resourceId", "resource " + c.resourceId() + " is not a " + c.track() + " resource of the scenario");
            return;
        }
        // A person may start several options of one track (e.g. two WORK options), at one resource only as many as
        // the plan has there.
        long recorded = actualStarts.stream().filter(a -> a.subjectId().equals(c.subjectId()) && a.track() == c.track()
                && a.resourceId().equals(c.resourceId())).count();
        long planned = plan.tracks().stream().filter(t -> t.personId().equals(c.subjectId()) && t.track() == c.track()
                && t.resourceId().equals(c.resourceId())).count();
        if (recorded > 0 && recorded >= planned) {
            problem("subjectId", c.track() + " start of " + c.subjectId() + " is recorded twice");
            return;
        }
        if (c.date().isBefore(asOf) && !plannedFromThePastWeek(c.subjectId(), c.track())) {
            problem("track", c.track() + " of " + c.subjectId() + " is not planned from the past week on; a start "
                    + "in the past week can be recorded for a planned track only (record it in the as-of week)");
            return;
        }
        actualStarts.add(c);
    }

    /** Whether the plan starts a {@code track} of {@code subjectId} in the past week or later. */
    private boolean plannedFromThePastWeek(String subjectId, TrackKind track) {
        return track == TrackKind.HOUSING
                ? plan.housing().stream().anyMatch(h -> h.householdId().equals(subjectId)
                        && h.moveInWeek() >= asOfWeek - 1)
                : plan.tracks().stream().anyMatch(t -> t.personId().equals(subjectId) && t.track() == track
                        && t.startWeek() >= asOfWeek - 1);
    }

    private void startMissed(Change.StartMissed c) {
        if (!c.date().isBefore(asOf)) {
            problem("date", "date " + c.date() + " is not in the past week; a start planned in the as-of week or "
                    + "later has not been missed yet");
            return;
        }
        int pastWeek = asOfWeek - 1;
        boolean planned = c.track() == TrackKind.HOUSING
                ? plan.housing().stream().anyMatch(h -> h.householdId().equals(c.subjectId())
                        && h.dwellingId().equals(c.resourceId()) && h.moveInWeek() == pastWeek)
                : plan.tracks().stream().anyMatch(t -> t.personId().equals(c.subjectId()) && t.track() == c.track()
                        && t.resourceId().equals(c.resourceId()) && t.startWeek() == pastWeek);
        if (!planned) {
            problem("resourceId", "the plan has no " + c.track() + " start of " + c.subjectId() + " at "
                    + c.resourceId() + " in the past week (week " + pastWeek + ")");
        } else if (missed(c.subjectId(), c.track(), c.resourceId(), pastWeek)) {
            problem("subjectId", c.track() + " start of " + c.subjectId() + " is reported missed twice");
        } else if (actualStarts.stream().anyMatch(a -> a.subjectId().equals(c.subjectId()) && a.track() == c.track()
                && a.resourceId().equals(c.resourceId()))) {
            problem("subjectId", c.track() + " start of " + c.subjectId() + " at " + c.resourceId()
                    + " is both recorded and missed");
        } else {
            missedStarts.add(c);
        }
    }

    private boolean missed(String subjectId, TrackKind track, String resourceId, int week) {
        return week == asOfWeek - 1 && missedStarts.stream().anyMatch(m -> m.subjectId().equals(subjectId)
                && m.track() == track && m.resourceId().equals(resourceId));
    }

    private void leftEarly(Change.LeftEarly c) {
        if (!c.date().isBefore(asOf.plusWeeks(1))) {
            problem("date", "date " + c.date() + " is not in the past week or the as-of week; only what has "
                    + "happened can be reported");
            return;
        }
        int lastWeek = new WeekCalendar(original.planStart(), original.horizonWeeks()).lastWeekOnOrBefore(c.date());
        // Options of one track at one resource are one activity there: the report ends those still running.
        List<TrackPlacement> started = plan.tracks().stream()
                .filter(t -> t.personId().equals(c.personId()) && t.track() == c.track()
                        && t.resourceId().equals(c.resourceId()) && t.startWeek() < asOfWeek
                        && !missed(t.personId(), t.track(), t.resourceId(), t.startWeek()))
                .toList();
        if (started.isEmpty()) {
            problem("resourceId", "person " + c.personId() + " has no started " + c.track() + " activity at "
                    + c.resourceId() + " to leave");
        } else if (started.stream().allMatch(t -> t.endWeek() <= lastWeek)) {
            problem("date", c.track() + " of " + c.personId() + " at " + c.resourceId() + " ended in week "
                    + started.get(0).endWeek() + " already");
        } else if (leftEarly.stream().anyMatch(l -> l.personId().equals(c.personId()) && l.track() == c.track()
                && l.resourceId().equals(c.resourceId()))) {
            problem("personId", c.track() + " of " + c.personId() + " at " + c.resourceId() + " is left twice");
        } else {
            leftEarly.add(c);
        }
    }

    private Optional<Person> person(String id) {
        Person p = persons.get(id);
        if (p == null) {
            problem("personId", "person " + id + (departed.contains(id) ? " has left" : " is not in the scenario"));
        }
        return Optional.ofNullable(p);
    }

    private void problem(String field, String message) {
        problems.add(new ChangeProblem(index, change == null ? "null" : change.getClass().getSimpleName(), field,
                printable(message)));
    }

    private static final Pattern LONG_WORD = Pattern.compile("\\S{65,}");

    /**
     * The message as one short, safe line: an id or text of more than 64 characters is cut to its first 32 with its
     * length, and control or direction-changing characters are shown as Java escapes with four hex digits (a
     * right-to-left override as {@code \\u202E}).
     */
    static String printable(String message) {
        String cut = LONG_WORD.matcher(message).replaceAll(m -> Matcher.quoteReplacement(
                m.group().substring(0, 32) + "... (" + m.group().length() + " characters)"));
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private Scenario scenario() {
        return original.toBuilder().households(List.copyOf(households.values()))
                .persons(List.copyOf(persons.values())).intakeReports(reports).dwellings(List.copyOf(dwellings.values()))
                .courseGroups(List.copyOf(courses.values())).placements(List.copyOf(placements.values())).build();
    }

    private static Person copy(Person p, ResidenceStatus status, nl.tegelijk.model.PermitKind permitKind,
                               Optional<LocalDate> permitGranted, Optional<LocalDate> linked) {
        return p.toBuilder().status(status).permitKind(permitKind).permitGrantedDate(permitGranted)
                .linkedToMunicipalityDate(linked)
                .expectedPermitDate(status == ResidenceStatus.ASYLUM_SEEKER ? p.expectedPermitDate() : Optional.empty())
                .build();
    }
}
