package nl.tegelijk.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedTrack;
import nl.tegelijk.planning.domain.ProblemBuilder;
import nl.tegelijk.planning.domain.Resource;
import nl.tegelijk.planning.domain.WeekCalendar;
import nl.tegelijk.planning.metrics.PlanMetrics;

/**
 * {@code plan.html}: one self-contained page (no network, no external script, font or image) with the headline
 * figures beside the baselines, a timeline per person, occupancy per resource against capacity and the housing quota.
 * The figures travel as one JSON block inside the page; a small inline script draws the charts as SVG.
 * Stateless and thread-safe.
 */
public final class PlanPage {

    private static final String TEMPLATE = "plan-page.html";

    private PlanPage() {
    }

    /**
     * The page.
     *
     * @param plans the optimised plan first, then the baselines, by label (e.g. "optimised", "sequential")
     */
    public static String render(Scenario scenario, List<Assessment> assessments, Map<String, Plan> plans) {
        Plan plan = plans.values().iterator().next();
        List<Resource> resources = ProblemBuilder.build(scenario, assessments, 1, 1, Map.of()).schedule()
                .getResources();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scenario", scenario.name());
        data.put("municipality", scenario.municipality());
        data.put("planStart", plan.planStart().toString());
        data.put("horizon", plan.horizonWeeks());
        data.put("score", plan.score().asText());
        List<Object> headline = new ArrayList<>();
        plans.forEach((label, p) -> headline.add(headline(label, PlanMetrics.of(scenario, assessments, p))));
        data.put("plans", headline);
        data.put("households", households(scenario, assessments, plan));
        data.put("resources", occupancy(plan, resources));
        String json;
        try {
            json = TegelijkJson.writer().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan page data cannot be written as JSON", e);
        }
        return template().replace("{{TITLE}}", ReportDocument.esc(scenario.name() + " — " + scenario.municipality()))
                .replace("{{DATA}}", json.replace("</", "<\\/"));
    }

    private static Map<String, Object> headline(String label, PlanMetrics m) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("label", label);
        h.put("persons", m.persons());
        h.put("fullyPlanned", m.personsFullyPlanned());
        h.put("meanWeeks", Math.round(m.meanWeeksToFullParticipation() * 10) / 10.0);
        h.put("p90Weeks", m.p90WeeksToFullParticipation());
        Map<String, Double> waiting = new LinkedHashMap<>();
        m.meanWaitingWeeksByTrack().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> waiting.put(e.getKey().name(), Math.round(e.getValue() * 10) / 10.0));
        h.put("waiting", waiting);
        Map<String, Integer> unplanned = new LinkedHashMap<>();
        m.unplannedByReason().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> unplanned.put(e.getKey().name(), e.getValue()));
        h.put("unplanned", unplanned);
        h.put("quota", m.housingQuota());
        return h;
    }

    private static List<Object> households(Scenario scenario, List<Assessment> assessments, Plan plan) {
        WeekCalendar calendar = new WeekCalendar(plan.planStart(), plan.horizonWeeks());
        Map<String, Assessment> byPerson = new HashMap<>();
        assessments.forEach(a -> byPerson.put(a.personId(), a));
        Map<String, HousingPlacement> housing = new HashMap<>();
        plan.housing().forEach(h -> housing.put(h.householdId(), h));
        Map<String, List<TrackPlacement>> tracks = new HashMap<>();
        plan.tracks().forEach(t -> tracks.computeIfAbsent(t.personId(), k -> new ArrayList<>()).add(t));
        Map<String, List<UnplannedTrack>> unplanned = new HashMap<>();
        plan.unplanned().forEach(u -> unplanned.computeIfAbsent(u.subjectId(), k -> new ArrayList<>()).add(u));
        List<Object> out = new ArrayList<>();
        for (Household household : scenario.households()) {
            List<Object> members = new ArrayList<>();
            for (Person p : scenario.membersOf(household.id())) {
                Assessment a = byPerson.get(p.id());
                if (a == null || a.tracks().isEmpty()) {
                    continue;
                }
                List<Object> bars = new ArrayList<>();
                List<Object> missing = new ArrayList<>();
                for (TrackRequirement req : a.tracks()) {
                    int earliest = Math.min(calendar.firstWeekOnOrAfter(req.earliestStart()), plan.horizonWeeks());
                    String t = req.track().name();
                    HousingPlacement h = housing.get(household.id());
                    TrackPlacement placed = tracks.getOrDefault(p.id(), List.of()).stream()
                            .filter(x -> x.track() == req.track()).findFirst().orElse(null);
                    if (req.track() == nl.tegelijk.assessment.TrackKind.HOUSING && h != null
                            && h.memberIds().contains(p.id())) {
                        bars.add(bar(t, h.dwellingId(), earliest, h.moveInWeek(), plan.horizonWeeks(), req));
                    } else if (placed != null) {
                        bars.add(bar(t, placed.resourceId(), earliest, placed.startWeek(), placed.endWeek(), req));
                    } else {
                        String reason = unplanned.getOrDefault(req.track() == nl.tegelijk.assessment.TrackKind.HOUSING
                                        ? household.id() : p.id(), List.of()).stream()
                                .filter(u -> u.track() == req.track()).findFirst()
                                .map(u -> u.reason().name()).orElse("NOT_PLANNED");
                        missing.add(Map.of("t", t, "e", earliest, "reason", reason, "v", req.voluntary()));
                    }
                }
                Map<String, Object> person = new LinkedHashMap<>();
                person.put("id", p.id());
                person.put("age", p.ageOn(plan.planStart()));
                person.put("bars", bars);
                person.put("unplanned", missing);
                members.add(person);
            }
            if (!members.isEmpty()) {
                out.add(Map.of("id", household.id(), "persons", members));
            }
        }
        return out;
    }

    private static Map<String, Object> bar(String track, String resource, int earliest, int start, int end,
                                           TrackRequirement req) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("t", track);
        b.put("r", resource);
        b.put("e", Math.min(earliest, start));
        b.put("s", start);
        b.put("f", end);
        b.put("v", req.voluntary());
        return b;
    }

    /** Per resource the participants in each week of the horizon. */
    static List<Object> occupancy(Plan plan, List<Resource> resources) {
        int horizon = plan.horizonWeeks();
        Map<String, int[]> occ = new LinkedHashMap<>();
        resources.forEach(r -> occ.put(r.id(), new int[horizon]));
        plan.housing().forEach(h -> fill(occ.get(h.dwellingId()), h.moveInWeek(), horizon));
        plan.tracks().forEach(t -> fill(occ.get(t.resourceId()), t.startWeek(), t.endWeek()));
        List<Object> out = new ArrayList<>();
        for (Resource r : resources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("kind", r.kind().name());
            m.put("sub", r.subKind());
            m.put("cap", r.capacity());
            m.put("from", r.availableWeek());
            m.put("occ", occ.get(r.id()));
            out.add(m);
        }
        return out;
    }

    private static void fill(int[] weeks, int from, int to) {
        if (weeks == null) {
            return;
        }
        for (int w = Math.max(0, from); w < Math.min(weeks.length, to); w++) {
            weeks[w]++;
        }
    }

    private static String template() {
        try (InputStream in = PlanPage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the page template " + TEMPLATE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
