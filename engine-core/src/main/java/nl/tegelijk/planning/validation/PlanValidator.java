package nl.tegelijk.planning.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;

/**
 * Checks a plan against the hard rules, independently of the planner: it reads only the scenario, the assessments and
 * the plan, works week by week in dates, and shares no code with the constraint provider or the planning model.
 * Stateless and thread-safe.
 *
 * <p>Week {@code w} is the seven days from {@code planStart + 7w}. A stay occupies its resource from its start week
 * until its end week (the duration, or less where the option allows a shorter spell only); a dwelling from move-in to
 * the end of the horizon. Capacity is checked in every week of the horizon. Each placement meets one option of the
 * assessment (its rule id): only a resource of that option's kinds meets it ({@code KIND_DOES_NOT_MEET_OPTION}: a
 * legal course requirement is never met by voluntary pre-integration), and no spell is longer than the option's
 * maximum ({@code SPELL_TOO_LONG}).
 */
public final class PlanValidator {

    private PlanValidator() {
    }

    /** Every hard-rule violation of {@code plan}; empty when it keeps them all. */
    public static List<PlanViolation> validate(Scenario scenario, List<Assessment> assessments, Plan plan) {
        return validate(scenario, assessments, plan, 0);
    }

    /** As {@link #validate(Scenario, List, Plan, int, BiPredicate)} with no start reported in the as-of week. */
    public static List<PlanViolation> validate(Scenario scenario, List<Assessment> assessments, Plan plan,
                                               int asOfWeek) {
        return validate(scenario, assessments, plan, asOfWeek, (person, resource) -> false);
    }

    /**
     * Every hard-rule violation of a replanned {@code plan} as of {@code asOfWeek}: as {@link #validate(Scenario, List,
     * Plan)}, except that an activity that started before that week, or a track the case system reports as started
     * ({@code reportedStart} of its person and resource), is not held to today's earliest start (a permit granted or a
     * link recorded since may have moved it later; what started, started under the facts of then). Capacity, fit,
     * eligibility and hours hold for the whole plan; {@link #validateReplan} checks the past itself.
     */
    public static List<PlanViolation> validate(Scenario scenario, List<Assessment> assessments, Plan plan,
                                               int asOfWeek, BiPredicate<String, String> reportedStart) {
        Checker c = new Checker(scenario, assessments, plan, asOfWeek, reportedStart);
        c.housing();
        c.tracks();
        c.capacity();
        c.hours();
        return List.copyOf(c.violations);
    }

    /**
     * Every way a replan from {@code previous} broke the past, as of {@code asOfWeek}: an activity that started before
     * that week moved ({@code STARTED_ACTIVITY_MOVED}) or was dropped while its person or household is still there and
     * still has its option, the requirement of the same rule id ({@code STARTED_ACTIVITY_DROPPED}), or an activity that was not there before starts
     * before that week ({@code STARTED_IN_THE_PAST}). Empty when the past is intact.
     *
     * @param scenario the scenario of {@code next}
     * @param assessments the assessments of {@code next}
     */
    public static List<PlanViolation> validateReplan(Plan previous, Scenario scenario, List<Assessment> assessments,
                                                     Plan next, int asOfWeek) {
        Map<String, Assessment> byPerson = new HashMap<>();
        assessments.forEach(a -> byPerson.put(a.personId(), a));
        Map<String, Activity> before = activities(previous);
        Map<String, Activity> after = activities(next);
        List<PlanViolation> violations = new ArrayList<>();
        before.forEach((key, old) -> {
            if (old.week() >= asOfWeek) {
                return;
            }
            Activity now = after.get(key);
            if (now == null) {
                boolean needed = old.track() == TrackKind.HOUSING
                        ? scenario.persons().stream().anyMatch(p -> p.householdId().equals(old.subjectId())
                                && byPerson.containsKey(p.id()) && byPerson.get(p.id()).track(old.track()).isPresent())
                        : byPerson.containsKey(old.subjectId()) && byPerson.get(old.subjectId()).tracks().stream()
                                .anyMatch(r -> r.track() == old.track() && r.ruleId().equals(old.ruleId()));
                if (needed) {
                    violations.add(new PlanViolation(ViolationCode.STARTED_ACTIVITY_DROPPED, old.subjectId(), old.resourceId(),
                            "%s (%s) started in week %d and is no longer planned".formatted(old.track(), old.ruleId(),
                                    old.week())));
                }
            } else if (!now.equals(old)) {
                violations.add(new PlanViolation(ViolationCode.STARTED_ACTIVITY_MOVED, old.subjectId(), old.resourceId(),
                        "%s started in week %d moved to %s in week %d".formatted(old.track(), old.week(),
                                now.resourceId(), now.week())));
            }
        });
        after.forEach((key, now) -> {
            if (now.week() < asOfWeek && !before.containsKey(key)) {
                violations.add(new PlanViolation(ViolationCode.STARTED_IN_THE_PAST, now.subjectId(), now.resourceId(),
                        "%s starts in week %d, before the as-of week %d".formatted(now.track(), now.week(), asOfWeek)));
            }
        });
        return List.copyOf(violations);
    }

    /** A planned activity as the replan check compares it. */
    private record Activity(String subjectId, TrackKind track, int week, String resourceId, String ruleId) {
    }

    private static Map<String, Activity> activities(Plan plan) {
        Map<String, Activity> out = new HashMap<>();
        plan.housing().forEach(h -> out.put(h.householdId() + "/HOUSING",
                new Activity(h.householdId(), TrackKind.HOUSING, h.moveInWeek(), h.dwellingId(), "")));
        plan.tracks().forEach(t -> out.put(t.personId() + "/" + t.track() + "/" + t.ruleId(),
                new Activity(t.personId(), t.track(), t.startWeek(), t.resourceId(), t.ruleId())));
        return out;
    }

    private static final class Checker {
        /** Course weeks per CEFR step: the planning assumption, restated here so the validator shares no code. */
        private static final int COURSE_WEEKS_PER_STEP = 26;

        private final Scenario s;
        private final Plan plan;
        private final int horizon;
        private final int asOfWeek;
        private final BiPredicate<String, String> reportedStart;
        private final List<PlanViolation> violations = new ArrayList<>();
        private final Map<String, Person> persons = new HashMap<>();
        private final Map<String, Household> households = new HashMap<>();
        private final Map<String, List<Person>> members = new HashMap<>();
        private final Map<String, Assessment> assessments = new HashMap<>();
        private final Map<String, Dwelling> dwellings = new HashMap<>();
        private final Map<String, CourseGroup> courses = new HashMap<>();
        private final Map<String, SchoolClass> schools = new HashMap<>();
        private final Map<String, Placement> placements = new HashMap<>();
        /** The plan's language tracks per person, grouped on first use (one pass instead of one per placement). */
        private Map<String, List<TrackPlacement>> languageByPerson;

        Checker(Scenario s, List<Assessment> list, Plan plan, int asOfWeek,
                BiPredicate<String, String> reportedStart) {
            this.s = s;
            this.plan = plan;
            this.asOfWeek = asOfWeek;
            this.reportedStart = reportedStart;
            this.horizon = s.horizonWeeks();
            s.persons().forEach(p -> persons.put(p.id(), p));
            s.persons().forEach(p -> members.computeIfAbsent(p.householdId(), k -> new ArrayList<>()).add(p));
            s.households().forEach(h -> households.put(h.id(), h));
            list.forEach(a -> assessments.put(a.personId(), a));
            s.dwellings().forEach(d -> dwellings.put(d.id(), d));
            s.courseGroups().forEach(c -> courses.put(c.id(), c));
            s.schoolClasses().forEach(c -> schools.put(c.id(), c));
            s.placements().forEach(p -> placements.put(p.id(), p));
        }

        /** Whether a track's start is held to today's earliest start: not once started or reported as started. */
        boolean heldToEarliest(int week, String subjectId, String resourceId) {
            return week >= asOfWeek && !reportedStart.test(subjectId, resourceId);
        }

        void add(ViolationCode code, String subject, String resource, String message, Object... args) {
            violations.add(new PlanViolation(code, subject, resource, message.formatted(args)));
        }

        LocalDate weekStart(int week) {
            return s.planStart().plusDays(7L * week);
        }

        boolean inHorizon(String subject, String resource, int week) {
            if (week < 0 || week >= horizon) {
                add(ViolationCode.OUTSIDE_HORIZON, subject, resource, "start week %d outside 0..%d", week, horizon - 1);
                return false;
            }
            return true;
        }

        void housing() {
            Set<String> seen = new HashSet<>();
            for (HousingPlacement h : plan.housing()) {
                if (!seen.add(h.householdId())) {
                    add(ViolationCode.DUPLICATE_TRACK, h.householdId(), h.dwellingId(), "household housed twice");
                }
                Household household = households.get(h.householdId());
                Dwelling d = dwellings.get(h.dwellingId());
                if (household == null || d == null) {
                    add(ViolationCode.UNKNOWN_REFERENCE, h.householdId(), h.dwellingId(), "unknown household or dwelling");
                    continue;
                }
                if (!inHorizon(h.householdId(), d.id(), h.moveInWeek())) {
                    continue;
                }
                List<Person> members = this.members.getOrDefault(h.householdId(), List.of());
                LocalDate moveInDay = weekStart(h.moveInWeek());
                if (members.stream().anyMatch(p -> p.status() == ResidenceStatus.ASYLUM_SEEKER
                        && p.expectedPermitFrom(s.planStart()).map(moveInDay::isBefore).orElse(true))) {
                    add(ViolationCode.DWELLING_FOR_ASYLUM_SEEKER, h.householdId(), d.id(),
                            "an asylum seeker gets no dwelling before the permit (an expected date passed is no permit)");
                }
                if (members.size() > d.maxOccupants() || d.rooms() < household.minimumRooms()
                        || household.needsAccessibleDwelling() && !d.accessible()) {
                    add(ViolationCode.DWELLING_DOES_NOT_FIT, h.householdId(), d.id(),
                            "%d members, %d rooms needed, accessible %s; dwelling takes %d, has %d rooms, accessible %s",
                            members.size(), household.minimumRooms(), household.needsAccessibleDwelling(),
                            d.maxOccupants(), d.rooms(), d.accessible());
                }
                LocalDate moveIn = weekStart(h.moveInWeek());
                if (moveIn.isBefore(d.availableFrom())) {
                    add(ViolationCode.BEFORE_AVAILABLE, h.householdId(), d.id(), "move-in %s before the dwelling is free (%s)",
                            moveIn, d.availableFrom());
                }
                for (Person p : members) {
                    Optional<TrackRequirement> req = requirement(p.id(), TrackKind.HOUSING);
                    if (req.isPresent() && h.moveInWeek() >= asOfWeek
                            && moveIn.isBefore(req.get().earliestStart())) {
                        add(ViolationCode.BEFORE_EARLIEST, p.id(), d.id(), "move-in %s before the earliest start %s", moveIn,
                                req.get().earliestStart());
                    }
                }
                if (members.stream().noneMatch(p -> requirement(p.id(), TrackKind.HOUSING).isPresent())) {
                    add(ViolationCode.NOT_REQUIRED, h.householdId(), d.id(), "no member has a housing track");
                }
            }
        }

        Optional<TrackRequirement> requirement(String personId, TrackKind kind) {
            Assessment a = assessments.get(personId);
            return a == null ? Optional.empty() : a.track(kind);
        }

        /** The option a placement meets: the person's requirement with its rule id and track. */
        Optional<TrackRequirement> option(TrackPlacement t) {
            Assessment a = assessments.get(t.personId());
            return a == null ? Optional.empty() : a.tracks().stream()
                    .filter(r -> r.track() == t.track() && r.ruleId().equals(t.ruleId())).findFirst();
        }

        void tracks() {
            Set<String> seen = new HashSet<>();
            for (TrackPlacement t : plan.tracks()) {
                if (!seen.add(t.personId() + "/" + t.track() + "/" + t.ruleId())) {
                    add(ViolationCode.DUPLICATE_TRACK, t.personId(), t.resourceId(), "%s option %s planned twice", t.track(),
                            t.ruleId());
                }
                Person p = persons.get(t.personId());
                Optional<TrackRequirement> req = option(t);
                if (p == null || req.isEmpty()) {
                    add(ViolationCode.NOT_REQUIRED, t.personId(), t.resourceId(), "no %s option %s for this person", t.track(),
                            t.ruleId());
                    continue;
                }
                if (!inHorizon(t.personId(), t.resourceId(), t.startWeek())) {
                    continue;
                }
                LocalDate start = weekStart(t.startWeek());
                boolean heldToEarliest = heldToEarliest(t.startWeek(), t.personId(), t.resourceId());
                if (heldToEarliest && start.isBefore(req.get().earliestStart())) {
                    add(ViolationCode.BEFORE_EARLIEST, t.personId(), t.resourceId(), "start %s before the earliest start %s",
                            start, req.get().earliestStart());
                }
                if (heldToEarliest && p.expectedOn(s.planStart()) && p.status() != ResidenceStatus.ASYLUM_SEEKER
                        && start.isBefore(p.linkedToMunicipalityDate().get())) {
                    add(ViolationCode.BEFORE_LINK, t.personId(), t.resourceId(), "start %s before the link %s", start,
                            p.linkedToMunicipalityDate().get());
                }
                Resource r = resource(t);
                if (r == null) {
                    add(ViolationCode.NOT_ELIGIBLE, t.personId(), t.resourceId(), "resource is not of the %s track", t.track());
                    continue;
                }
                if (!r.kindAllowed(req.get())) {
                    add(ViolationCode.KIND_DOES_NOT_MEET_OPTION, t.personId(), t.resourceId(), "kind %s does not meet option %s",
                            r.kind, t.ruleId());
                }
                int spell = t.endWeek() - t.startWeek();
                if (req.get().maxWeeks().isPresent() && spell > req.get().maxWeeks().get()) {
                    add(ViolationCode.SPELL_TOO_LONG, t.personId(), t.resourceId(), "spell of %d weeks, option %s allows %d",
                            spell, t.ruleId(), req.get().maxWeeks().get());
                }
                if (start.isBefore(r.availableFrom)) {
                    add(ViolationCode.BEFORE_AVAILABLE, t.personId(), t.resourceId(), "start %s before available %s", start,
                            r.availableFrom);
                }
                if (!r.rolling && r.intakes.stream().noneMatch(d -> !d.isAfter(start) && d.plusDays(7).isAfter(start))) {
                    add(ViolationCode.NOT_AN_INTAKE_DATE, t.personId(), t.resourceId(), "start %s is not an intake date", start);
                }
                int shortest = Math.min(r.duration, req.get().maxWeeks().orElse(r.duration));
                if (spell > r.duration || spell < shortest || t.hoursPerWeek() != r.hours) {
                    add(ViolationCode.INCONSISTENT, t.personId(), t.resourceId(), "end week %d or hours %d do not match", t.endWeek(),
                            t.hoursPerWeek());
                }
                if (t.track() == TrackKind.WORK && !dutchAt(p, t).atLeast(placements.get(r.id).minimumDutchLevel())) {
                    add(ViolationCode.DUTCH_LEVEL_TOO_LOW, t.personId(), t.resourceId(), "placement needs %s, person has %s",
                            placements.get(r.id).minimumDutchLevel(), dutchAt(p, t));
                }
                if (t.track() == TrackKind.EDUCATION) {
                    SchoolClass c = schools.get(r.id);
                    LocalDate earliest = req.get().earliestStart();
                    int age = p.ageOn(earliest.isAfter(s.planStart()) ? earliest : s.planStart());
                    if (age < c.minAge() || age > c.maxAge()) {
                        add(ViolationCode.NOT_ELIGIBLE, t.personId(), t.resourceId(), "age %d outside %d..%d", age, c.minAge(),
                                c.maxAge());
                    }
                }
            }
        }

        /**
         * The person's level of Dutch when {@code work} starts: the level at intake, or one step higher per
         * {@value #COURSE_WEEKS_PER_STEP} weeks of a course of theirs in the plan before it, up to the level the course
         * kind leads to (the assumption of docs/PLANNING.md, "Language and work at the same time").
         */
        CefrLevel dutchAt(Person p, TrackPlacement work) {
            CefrLevel best = p.dutchLevel();
            if (languageByPerson == null) {
                languageByPerson = new HashMap<>();
                for (TrackPlacement c : plan.tracks()) {
                    if (c.track() == TrackKind.LANGUAGE) {
                        languageByPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c);
                    }
                }
            }
            for (TrackPlacement c : languageByPerson.getOrDefault(p.id(), List.of())) {
                if (!courses.containsKey(c.resourceId())) {
                    continue;
                }
                int weeks = Math.min(c.endWeek(), work.startWeek()) - c.startWeek();
                if (weeks <= 0) {
                    continue;
                }
                CefrLevel goal = switch (courses.get(c.resourceId()).kind()) {
                    case PRE_INTEGRATION, LITERACY, Z_ROUTE -> CefrLevel.A1;
                    case A2_COURSE, NT2_ADULT_EDUCATION -> CefrLevel.A2;
                    case B1_ROUTE, EDUCATION_ROUTE -> CefrLevel.B1;
                };
                CefrLevel reached = CefrLevel.values()[Math.max(p.dutchLevel().ordinal(),
                        Math.min(goal.ordinal(), p.dutchLevel().ordinal() + weeks / COURSE_WEEKS_PER_STEP))];
                best = reached.atLeast(best) ? reached : best;
            }
            return best;
        }

        void capacity() {
            Map<String, int[]> used = new HashMap<>();
            for (HousingPlacement h : plan.housing()) {
                if (h.moveInWeek() >= 0 && h.moveInWeek() < horizon && dwellings.containsKey(h.dwellingId())) {
                    int[] u = used.computeIfAbsent(h.dwellingId(), k -> new int[horizon]);
                    for (int w = h.moveInWeek(); w < horizon; w++) {
                        u[w]++;
                    }
                }
            }
            for (TrackPlacement t : plan.tracks()) {
                Resource r = resource(t);
                if (r == null || t.startWeek() < 0) {
                    continue;
                }
                int[] u = used.computeIfAbsent(r.id, k -> new int[horizon]);
                for (int w = t.startWeek(); w < Math.min(horizon, Math.min(t.endWeek(), t.startWeek() + r.duration)); w++) {
                    u[w]++;
                }
            }
            used.forEach((id, u) -> {
                Optional<Integer> stated = dwellings.containsKey(id) ? Optional.of(1) : capacityOf(id);
                if (stated.isEmpty()) {
                    return; // an open offer that states no cap holds everyone
                }
                int cap = stated.get();
                for (int w = 0; w < horizon; w++) {
                    if (u[w] > cap) {
                        add(ViolationCode.OVER_CAPACITY, "", id, "%d in week %d, capacity %d", u[w], w, cap);
                        return;
                    }
                }
            });
        }

        /** The cap the scenario states for a course group, school class or placement; empty when it states none. */
        Optional<Integer> capacityOf(String id) {
            if (courses.containsKey(id)) {
                return courses.get(id).seats();
            }
            if (schools.containsKey(id)) {
                return Optional.of(schools.get(id).seats());
            }
            return placements.get(id).slots();
        }

        void hours() {
            Map<String, List<TrackPlacement>> byPerson = new HashMap<>();
            plan.tracks().forEach(t -> byPerson.computeIfAbsent(t.personId(), k -> new ArrayList<>()).add(t));
            byPerson.forEach((personId, list) -> {
                Assessment a = assessments.get(personId);
                if (a == null) {
                    return;
                }
                for (int w = 0; w < horizon; w++) {
                    int hours = 0;
                    for (TrackPlacement t : list) {
                        Resource r = resource(t);
                        if (r != null && t.startWeek() <= w && w < Math.min(t.endWeek(), t.startWeek() + r.duration)) {
                            hours += r.hours;
                        }
                    }
                    if (hours > a.weeklyHoursLimit()) {
                        add(ViolationCode.WEEKLY_HOURS_EXCEEDED, personId, "", "%d hours in week %d, limit %d", hours, w,
                                a.weeklyHoursLimit());
                        return;
                    }
                }
            });
        }

        Resource resource(TrackPlacement t) {
            return switch (t.track()) {
                case LANGUAGE -> Optional.ofNullable(courses.get(t.resourceId())).map(c -> new Resource(c.id(),
                        c.kind().name(), c.availableFrom(), c.rollingIntake(), c.cohortStarts(), c.durationWeeks(),
                        c.hoursPerWeek())).orElse(null);
                case EDUCATION -> Optional.ofNullable(schools.get(t.resourceId())).map(c -> new Resource(c.id(),
                        c.kind().name(), c.availableFrom(), c.rollingIntake(), c.intakeDates(), c.durationWeeks(),
                        c.hoursPerWeek())).orElse(null);
                case WORK -> Optional.ofNullable(placements.get(t.resourceId())).map(p -> new Resource(p.id(),
                        p.kind().name(), p.availableFrom(), true, List.of(), p.durationWeeks(), p.hoursPerWeek()))
                        .orElse(null);
                case HOUSING -> null;
            };
        }
    }

    /** A non-dwelling resource as the validator sees it. */
    private record Resource(String id, String kind, LocalDate availableFrom, boolean rolling, List<LocalDate> intakes,
                            int duration, int hours) {
        boolean kindAllowed(TrackRequirement req) {
            return req.courseKinds().stream().anyMatch(k -> k.name().equals(kind))
                    || req.schoolKinds().stream().anyMatch(k -> k.name().equals(kind))
                    || req.placementKinds().stream().anyMatch(k -> k.name().equals(kind));
        }
    }

}
