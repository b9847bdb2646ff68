package nl.tegelijk.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.domain.WeekCalendar;

/**
 * Per person every requirement of the assessment with what the plan gives it: the one place where a plan is read for
 * the figures. A requirement is met by the household's dwelling (housing) or by a placement of the person that names
 * its option (the requirement's rule id); a placement without a rule id (the shape before options) meets a requirement
 * of its track kind whose resource kind the requirement accepts. A placement meets at most one requirement, required
 * requirements choose first, each the earliest start. A household moves in together, so a housing requirement's earliest week is
 * the household's: the latest earliest week of its members' housing requirements. Immutable after construction.
 */
final class PlanOutcomes {

    /** What the plan gives one requirement. */
    record Outcome(TrackRequirement requirement, int earliestWeek, Optional<Activity> activity) {
        boolean planned() {
            return activity.isPresent();
        }

        /** The start week, or the horizon end when unplanned (so unplanned work never flatters a plan). */
        int effectiveStartWeek(int horizonWeeks) {
            return activity.map(Activity::startWeek).orElse(horizonWeeks);
        }

        TrackKind track() {
            return requirement.track();
        }
    }

    /** A dwelling or placement that meets a requirement, from its start week up to (not including) its end week. */
    record Activity(String resourceId, int startWeek, LocalDate startDate, int endWeek) {
    }

    private final Scenario scenario;
    private final Plan plan;
    private final WeekCalendar calendar;
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final Map<String, Assessment> assessments = new LinkedHashMap<>();
    private final Map<String, List<Outcome>> outcomes = new HashMap<>();
    /** Per person the placements of the plan ahead, which meet options. */
    private final Map<String, List<TrackPlacement>> planned = new HashMap<>();
    /** Per person those and the activities that ended early: everything that runs or ran. */
    private final Map<String, List<TrackPlacement>> placements = new HashMap<>();
    private final Map<String, String> resourceKinds;

    PlanOutcomes(Scenario scenario, List<Assessment> assessments, Plan plan) {
        this.scenario = scenario;
        this.plan = plan;
        this.calendar = new WeekCalendar(plan.planStart(), plan.horizonWeeks());
        scenario.persons().forEach(p -> persons.put(p.id(), p));
        Map<String, HousingPlacement> housing = new HashMap<>();
        plan.housing().forEach(h -> h.memberIds().forEach(m -> housing.put(m, h)));
        plan.tracks().forEach(t -> planned.computeIfAbsent(t.personId(), k -> new ArrayList<>()).add(t));
        java.util.stream.Stream.concat(plan.tracks().stream(), plan.ended().stream())
                .forEach(t -> placements.computeIfAbsent(t.personId(), k -> new ArrayList<>()).add(t));
        this.resourceKinds = resourceKinds(scenario);
        Map<String, Integer> householdMoveIn = new HashMap<>();
        for (Assessment a : assessments) {
            Person p = persons.get(a.personId());
            a.tracks().stream().filter(r -> r.track() == TrackKind.HOUSING && p != null)
                    .forEach(r -> householdMoveIn.merge(p.householdId(), weekOnOrAfter(r.earliestStart()), Math::max));
        }
        for (Assessment a : assessments) {
            checkArgument(persons.containsKey(a.personId()), "assessment for person (%s) who is not in scenario (%s)",
                    a.personId(), scenario.name());
            checkArgument(this.assessments.put(a.personId(), a) == null, "two assessments for person (%s)",
                    a.personId());
            outcomes.put(a.personId(), match(a, Optional.ofNullable(housing.get(a.personId())),
                    planned.getOrDefault(a.personId(), List.of()),
                    householdMoveIn.getOrDefault(persons.get(a.personId()).householdId(), 0)));
        }
    }

    private List<Outcome> match(Assessment a, Optional<HousingPlacement> home, List<TrackPlacement> own,
                                int householdMoveInWeek) {
        List<TrackRequirement> reqs = a.tracks();
        List<Integer> order = java.util.stream.IntStream.range(0, reqs.size()).boxed()
                .sorted(Comparator.comparing(i -> reqs.get(i).voluntary())).toList();
        Set<TrackPlacement> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Outcome[] matched = new Outcome[reqs.size()];
        for (int i : order) {
            TrackRequirement req = reqs.get(i);
            Optional<Activity> activity;
            if (req.track() == TrackKind.HOUSING) {
                activity = home.map(h -> new Activity(h.dwellingId(), h.moveInWeek(), h.moveInDate(),
                        plan.horizonWeeks()));
            } else {
                Optional<TrackPlacement> best = own.stream()
                        .filter(t -> t.track() == req.track() && !used.contains(t) && t.ruleId().equals(req.ruleId()))
                        .min(Comparator.comparingInt(TrackPlacement::startWeek))
                        .or(() -> own.stream()
                                .filter(t -> t.track() == req.track() && !used.contains(t)
                                        && t.ruleId().equals(t.track().name())
                                        && accepts(req, resourceKinds.get(t.resourceId())))
                                .min(Comparator.comparingInt(TrackPlacement::startWeek)));
                best.ifPresent(used::add);
                activity = best.map(t -> new Activity(t.resourceId(), t.startWeek(), t.startDate(), t.endWeek()));
            }
            int earliest = req.track() == TrackKind.HOUSING ? householdMoveInWeek : weekOnOrAfter(req.earliestStart());
            matched[i] = new Outcome(req, earliest, activity);
        }
        return List.of(matched);
    }

    private static boolean accepts(TrackRequirement req, String resourceKind) {
        if (resourceKind == null) {
            return true;
        }
        return switch (req.track()) {
            case LANGUAGE -> req.courseKinds().stream().anyMatch(k -> k.name().equals(resourceKind));
            case EDUCATION -> req.schoolKinds().stream().anyMatch(k -> k.name().equals(resourceKind));
            case WORK -> req.placementKinds().stream().anyMatch(k -> k.name().equals(resourceKind));
            case HOUSING -> true;
        };
    }

    private static Map<String, String> resourceKinds(Scenario scenario) {
        Map<String, String> kinds = new HashMap<>();
        scenario.courseGroups().forEach(c -> kinds.put(c.id(), c.kind().name()));
        scenario.schoolClasses().forEach(c -> kinds.put(c.id(), c.kind().name()));
        scenario.placements().forEach(p -> kinds.put(p.id(), p.kind().name()));
        return kinds;
    }

    /** The kind of a course group, school class or placement by name (e.g. {@code PAID_JOB}); null for a dwelling. */
    String resourceKind(String resourceId) {
        return resourceKinds.get(resourceId);
    }

    /** The first week starting on or after {@code date}; 0 for a date before the plan start. */
    int weekOnOrAfter(LocalDate date) {
        return calendar.firstWeekOnOrAfter(date);
    }

    /** Whole weeks (days / 7, rounded down) from {@code from} to {@code to}. */
    static int weeks(LocalDate from, LocalDate to) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(from, to), 7);
    }

    Scenario scenario() {
        return scenario;
    }

    Plan plan() {
        return plan;
    }

    int horizonWeeks() {
        return plan.horizonWeeks();
    }

    /** The assessments, in the order given. */
    Iterable<Assessment> assessments() {
        return assessments.values();
    }

    Person person(String personId) {
        Person p = persons.get(personId);
        checkArgument(p != null, "no person (%s) in scenario (%s)", personId, scenario.name());
        return p;
    }

    boolean adult(String personId) {
        return person(personId).ageOn(plan.planStart()) >= 18;
    }

    /** The person's requirements with what the plan gives them, in assessment order; none without an assessment. */
    List<Outcome> of(String personId) {
        person(personId);
        return outcomes.getOrDefault(personId, List.of());
    }

    /** The person's requirements in {@code scope}. */
    List<Outcome> of(String personId, NeedScope scope) {
        return of(personId).stream().filter(o -> scope == NeedScope.EVERY_NEED || !o.requirement().voluntary())
                .toList();
    }

    /** The person's requirements of {@code track}. */
    List<Outcome> of(String personId, TrackKind track) {
        return of(personId).stream().filter(o -> o.track() == track).toList();
    }

    /**
     * Every language, education and work placement of the person in the plan, with the activities that ran and ended
     * early ({@link Plan#ended()}): what happened counts for the first activity, idle weeks and paid work started.
     */
    List<TrackPlacement> placements(String personId) {
        return placements.getOrDefault(personId, List.of());
    }
}
