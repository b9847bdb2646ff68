package nl.tegelijk.planning.explanation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.ScoreExplanation.SubjectExplanation;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedReason;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.ProblemBuilder;
import nl.tegelijk.planning.domain.Resource;
import nl.tegelijk.planning.domain.TrackAssignment;
import nl.tegelijk.planning.domain.WeekCalendar;

/**
 * Why each of a person's tracks starts when it does in a plan, in plain language: the assessment's earliest date, and
 * for every earlier week what stood in the way at every eligible resource (not available yet, no intake, capacity
 * full, the weekly-hours limit with the concurrent activities, or, in the sequential baseline, waiting for the
 * dwelling or the course). Weeks with the same obstacle are told as one span. Stateless and thread-safe; integrators
 * reach it through {@code IntegrationEngine.explain}.
 */
public final class StartExplanation {

    /** What stands in the way of a start in one week, from the furthest from a start to the closest. */
    enum Obstacle { NOT_AVAILABLE, NO_INTAKE, WAITS_FOR_PRECEDING, FULL, HOURS, NONE }

    private final Scenario scenario;
    private final Plan plan;
    private final boolean en;
    private final PlanningProblem problem;
    private final WeekCalendar calendar;
    private final Map<String, int[]> occupancy = new HashMap<>();

    private StartExplanation(Scenario scenario, List<Assessment> assessments, Plan plan, boolean english) {
        this.scenario = scenario;
        this.plan = plan;
        this.en = english;
        this.problem = ProblemBuilder.build(scenario, assessments);
        this.calendar = new WeekCalendar(plan.planStart(), plan.horizonWeeks());
        int h = plan.horizonWeeks();
        plan.housing().forEach(x -> book(x.dwellingId(), x.moveInWeek(), h));
        plan.tracks().forEach(t -> book(t.resourceId(), t.startWeek(), t.endWeek()));
    }

    /**
     * The explanation of one person's tracks, one line each, indented under a line per track.
     *
     * @throws IllegalArgumentException when the person is not in the scenario or has no assessment
     */
    public static List<String> explain(Scenario scenario, List<Assessment> assessments, Plan plan, String personId,
                                       boolean english) {
        Person person = scenario.persons().stream().filter(p -> p.id().equals(personId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no person with id " + personId + " in scenario "
                        + scenario.name()));
        Assessment assessment = assessments.stream().filter(a -> a.personId().equals(personId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no assessment for person " + personId));
        return new StartExplanation(scenario, assessments, plan, english).lines(person, assessment);
    }

    private String t(String nl, String english) {
        return en ? english : nl;
    }

    private void book(String resourceId, int from, int to) {
        int[] weeks = occupancy.computeIfAbsent(resourceId, k -> new int[plan.horizonWeeks()]);
        for (int w = Math.max(0, from); w < Math.min(weeks.length, to); w++) {
            weeks[w]++;
        }
    }

    private List<String> lines(Person person, Assessment a) {
        List<String> out = new ArrayList<>();
        out.add(t("Plan ", "Plan ") + plan.scenarioName() + " (" + plan.method() + t("), week 0 begint ",
                "), week 0 starts ") + plan.planStart() + t("; huishouden ", "; household ") + person.householdId());
        for (TrackRequirement req : a.tracks()) {
            String subject = req.track() == TrackKind.HOUSING ? person.householdId() : person.id();
            Optional<Placed> placed = placed(person, req);
            String name = track(req.track()) + (req.voluntary() ? t(" (vrijwillig)", " (voluntary)") : "");
            if (placed.isEmpty()) {
                String why = plan.unplanned().stream().filter(u -> u.subjectId().equals(subject)
                                && u.track() == req.track() && sameOption(u.ruleId(), req)).findFirst()
                        .map(u -> en ? u.explanation() : dutch(u.reason()))
                        .orElse(t("geen plaats in dit plan", "no place in this plan"));
                out.add("  " + name + t(": niet gepland. ", ": not planned. ") + why);
                continue;
            }
            Placed p = placed.get();
            out.add("  " + name + ": " + p.resourceId() + t(", start week ", ", starts week ") + p.week() + " ("
                    + calendar.dateOf(p.week()) + ")");
            String entityId = TrackAssignment.idOf(req.track(), subject, req.ruleId());
            Optional<TrackAssignment> entity = problem.schedule().getAssignments().stream()
                    .filter(e -> e.getId().equals(entityId)).findFirst();
            int earliest = entity.map(TrackAssignment::getEarliestWeek)
                    .orElse(calendar.firstWeekOnOrAfter(req.earliestStart()));
            out.add("    " + t("niet vóór week ", "not before week ") + earliest + " (" + calendar.dateOf(earliest)
                    + "): " + (req.track() == TrackKind.HOUSING
                    ? t("de vroegste start van het huishouden volgens de beoordeling (",
                            "the household's earliest start by the assessment (")
                    : t("de vroegste start volgens de beoordeling (", "the earliest start by the assessment ("))
                    + req.earliestStart() + ", " + req.ruleId() + ")");
            if (p.week() <= earliest) {
                out.add("    " + t("begint in de eerste week die is toegestaan", "starts in the first week allowed"));
            } else if (entity.isPresent()) {
                out.addAll(spans(entity.get(), person, a, p, earliest));
            }
        }
        List<String> remarks = plan.explanation().persons().stream()
                .filter(s -> s.subjectId().equals(person.id()) || s.subjectId().equals(person.householdId()))
                .map(SubjectExplanation::remarks).flatMap(List::stream).toList();
        if (!remarks.isEmpty()) {
            out.add(t("Scoreanalyse:", "Score analysis:"));
            remarks.forEach(r -> out.add("  " + r));
        }
        return out;
    }

    /** An unplanned reason in one Dutch sentence (the plan holds the English one). */
    private static String dutch(UnplannedReason reason) {
        return switch (reason) {
            case NO_ELIGIBLE_RESOURCE -> "Er is helemaal geen passende plek van een toegestane soort.";
            case NO_START_WITHIN_HORIZON -> "Geen passende plek laat een start binnen de planperiode toe.";
            case DEADLINE_CANNOT_BE_MET -> "Geen passende plek laat een start vóór de termijn toe, en elke latere "
                    + "start is vol.";
            case WEEKLY_HOURS_FULL -> "Een plek heeft ruimte, maar alleen in weken die de andere activiteiten van de "
                    + "persoon al tot het maximum aantal uren per week vullen.";
            case SEARCH_STOPPED_EARLY -> "Er is een passende plek vrij; het zoeken stopte voordat het dit traject "
                    + "plaatste.";
            case CAPACITY_EXHAUSTED -> "Elke passende plek is vol binnen de planperiode.";
            case PRECEDING_TRACK_UNPLANNED -> "Het traject waarop het wacht is niet gepland.";
            case ASYLUM_SEEKER_IN_HOUSEHOLD -> "Een asielzoeker krijgt geen woning (HV-HVV-01).";
            case VOLUNTARY_NOT_PLANNED -> "Een vrijwillig traject dat het plan weglaat.";
            case NO_FEASIBLE_SLOT_FOUND -> "Het zoeken stopte voordat het een plek vond die elke harde regel houdt; "
                    + "het traject is weggelaten zodat het plan ze houdt.";
        };
    }

    private record Placed(String resourceId, int week, int endWeek) {
    }

    private Optional<Placed> placed(Person person, TrackRequirement req) {
        if (req.track() == TrackKind.HOUSING) {
            return plan.housing().stream().filter(h -> h.memberIds().contains(person.id())).findFirst()
                    .map(h -> new Placed(h.dwellingId(), h.moveInWeek(), plan.horizonWeeks()));
        }
        return plan.tracks().stream().filter(t -> t.personId().equals(person.id()) && t.track() == req.track()
                        && sameOption(t.ruleId(), req))
                .findFirst().map(t -> new Placed(t.resourceId(), t.startWeek(), t.endWeek()));
    }

    /** A placement or unplanned track belongs to the option whose rule id it names (housing: the household's one). */
    private static boolean sameOption(String ruleId, TrackRequirement req) {
        return req.track() == TrackKind.HOUSING || ruleId.isEmpty() || ruleId.equals(req.ruleId());
    }

    /** One line per span of earlier weeks with the same closest obstacle. */
    private List<String> spans(TrackAssignment e, Person person, Assessment a, Placed chosen, int earliest) {
        List<Resource> eligible = problem.eligible().getOrDefault(e.getId(), List.of());
        List<String> out = new ArrayList<>();
        int from = earliest;
        Obstacle current = null;
        String detail = "";
        for (int w = earliest; w <= chosen.week(); w++) {
            Obstacle best = null;
            String bestDetail = "";
            for (int i = 0; w < chosen.week() && i < eligible.size(); i++) {
                String[] d = new String[1];
                Obstacle o = obstacle(e, person, a, eligible.get(i), w, chosen, d);
                if (best == null || o.ordinal() > best.ordinal()) {
                    best = o;
                    bestDetail = d[0];
                }
            }
            if (current != null && best != current) {
                out.add("    " + span(from, w - 1) + ": " + describe(current, detail, eligible.size()));
            }
            if (best != current) {
                current = best;
                detail = bestDetail;
                from = w;
            }
        }
        return out;
    }

    private Obstacle obstacle(TrackAssignment e, Person person, Assessment a, Resource r, int w, Placed chosen,
                              String[] detail) {
        if (w < r.availableWeek()) {
            detail[0] = r.id() + t(" is beschikbaar vanaf week ", " is available from week ") + r.availableWeek();
            return Obstacle.NOT_AVAILABLE;
        }
        if (!r.isDwelling() && !r.rollingIntake() && !r.intakeWeeks().contains(w)) {
            Optional<Integer> next = r.intakeWeeks().stream().filter(x -> x > w).findFirst();
            detail[0] = r.id() + t(" heeft de volgende instroom in week ", " has its next intake in week ")
                    + next.map(String::valueOf).orElse("-");
            return Obstacle.NO_INTAKE;
        }
        if (plan.method() == PlanMethod.SEQUENTIAL && e.getTrack() != TrackKind.HOUSING) {
            Optional<HousingPlacement> home = plan.housing().stream()
                    .filter(h -> h.householdId().equals(person.householdId())).findFirst();
            boolean minorAtSchool = e.getTrack() == TrackKind.EDUCATION && e.isMinor();
            if (!minorAtSchool && home.isPresent() && w < home.get().moveInWeek()) {
                detail[0] = t("het huishouden verhuist in week ", "the household moves in in week ")
                        + home.get().moveInWeek() + t(" (eerst wonen, dan de rest)", " (housing first, then the rest)");
                return Obstacle.WAITS_FOR_PRECEDING;
            }
            Optional<Placed> course = plan.tracks().stream()
                    .filter(t -> t.personId().equals(person.id()) && t.track() == TrackKind.LANGUAGE)
                    .max(Comparator.comparingInt(TrackPlacement::endWeek))
                    .map(t -> new Placed(t.resourceId(), t.startWeek(), t.endWeek()));
            if (e.getTrack() == TrackKind.WORK && course.isPresent() && w < course.get().endWeek()) {
                detail[0] = t("de taalcursus loopt tot week ", "the language course runs until week ")
                        + course.get().endWeek() + t(" (eerst de cursus, dan werk)", " (course first, then work)");
                return Obstacle.WAITS_FOR_PRECEDING;
            }
        }
        int end = r.isDwelling() ? plan.horizonWeeks() : w + r.durationWeeks();
        int[] used = occupancy.getOrDefault(r.id(), new int[plan.horizonWeeks()]);
        boolean own = r.id().equals(chosen.resourceId());
        for (int x = w; x < Math.min(end, used.length); x++) {
            int taken = used[x] - (own && x >= chosen.week() && x < chosen.endWeek() ? 1 : 0);
            if (taken >= r.capacity()) {
                detail[0] = r.id() + t(" is vol in week ", " is full in week ") + x + " (" + taken + t(" van ", " of ")
                        + r.capacity() + ")";
                return Obstacle.FULL;
            }
        }
        if (!r.isDwelling()) {
            List<TrackPlacement> others = plan.tracks().stream()
                    .filter(t -> t.personId().equals(person.id()) && t.track() != e.getTrack()
                            && t.startWeek() < end && w < t.endWeek()).toList();
            int hours = r.hoursPerWeek() + others.stream().mapToInt(TrackPlacement::hoursPerWeek).sum();
            if (!others.isEmpty() && hours > a.weeklyHoursLimit()) {
                detail[0] = r.id() + " (" + r.hoursPerWeek() + t(" uur) naast ", " h) beside ")
                        + String.join(", ", others.stream().map(t -> t.resourceId() + " (" + t.hoursPerWeek()
                        + t(" uur)", " h)")).toList()) + t(" is meer dan ", " exceeds ") + a.weeklyHoursLimit()
                        + t(" uur per week", " hours a week");
                return Obstacle.HOURS;
            }
        }
        detail[0] = r.id();
        return Obstacle.NONE;
    }

    private String describe(Obstacle o, String detail, int resources) {
        String all = resources == 1 ? t("de enige passende plek", "the one eligible place")
                : t("elk van de " + resources + " passende plekken", "each of the " + resources + " eligible places");
        return switch (o) {
            case NOT_AVAILABLE -> all + t(" is nog niet beschikbaar; het eerst: ", " is not available yet; the first: ")
                    + detail;
            case NO_INTAKE -> t("geen instroom of cohortstart bij ", "no intake or cohort start at ") + all + t("; ", "; ")
                    + detail;
            case WAITS_FOR_PRECEDING -> t("wacht op het vorige spoor: ", "waits for the preceding track: ") + detail;
            case FULL -> t("capaciteit vol bij ", "capacity full at ") + all + t(", bijvoorbeeld ", ", e.g. ") + detail;
            case HOURS -> t("de urengrens per week: ", "the weekly-hours limit: ") + detail;
            case NONE -> t("er was plaats bij ", "a place was free at ") + detail
                    + t("; de optimalisatie nam die niet (zij weegt het wachten van iedereen samen en probeert per plek "
                    + "een beperkt aantal startweken)", "; the optimiser did not take it (it weighs everyone's waiting "
                    + "together and tries a limited set of start weeks per place)");
        };
    }

    private String span(int from, int to) {
        return from == to ? t("week ", "week ") + from : t("weken ", "weeks ") + from + "–" + to;
    }

    private String track(TrackKind k) {
        return switch (k) {
            case HOUSING -> t("Wonen", "Housing");
            case LANGUAGE -> t("Taal", "Language");
            case EDUCATION -> t("Onderwijs", "Education");
            case WORK -> t("Werk en participatie", "Work and participation");
        };
    }
}
