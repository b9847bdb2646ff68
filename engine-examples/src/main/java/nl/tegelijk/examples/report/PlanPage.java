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
import java.util.Optional;
import nl.tegelijk.api.WhatIf;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.monitoring.QuotaRealised;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedTrack;
import nl.tegelijk.planning.UnplannedReason;
import nl.tegelijk.planning.domain.WeekCalendar;

/**
 * {@code plan.html}: one self-contained page (no network, no external script, font or image) with the figures of the
 * optimised plan beside both baselines (each explained in one sentence), a timeline per person, occupancy per resource
 * against capacity and the housing quota, in Dutch or English. The figures come from {@link PlanMetrics} (defined once
 * in {@code nl.tegelijk.monitoring}) and travel as one JSON block inside the page; a small inline script draws the
 * charts as SVG. Stateless and thread-safe.
 */
public final class PlanPage {

    private static final String TEMPLATE = "plan-page.html";

    /** The page's fixed texts by key: Dutch, English. */
    private static final Map<String, List<String>> TEXT = Map.ofEntries(
            Map.entry("headline", List.of("Kerncijfers: het geoptimaliseerde plan naast de twee vergelijkingen",
                    "Key figures: the optimised plan beside both baselines")),
            Map.entry("definition", List.of("Wat het cijfer meet", "What the figure measures")),
            Map.entry("quota", List.of("Taakstelling huisvesting per halfjaar", "Housing quota per half-year")),
            Map.entry("quotaHalf", List.of("Halfjaar", "Half-year")),
            Map.entry("quotaGiven", List.of("Taakstelling", "Quota")),
            Map.entry("quotaHoused", List.of("Gehuisvest (geoptimaliseerd plan)", "Housed (optimised plan)")),
            Map.entry("timeline", List.of("Tijdlijn per persoon", "Timeline per person")),
            Map.entry("occupancyKind", List.of("Bezetting per soort plek tegen de capaciteit",
                    "Occupancy per resource kind against capacity")),
            Map.entry("occupancy", List.of("Bezetting per plek (deel van de capaciteit per week)",
                    "Occupancy per resource (share of capacity per week)")),
            Map.entry("filter", List.of("filter: persoon, huishouden of plek", "filter: person, household or resource id")),
            Map.entry("previous", List.of("vorige", "previous")),
            Map.entry("next", List.of("volgende", "next")),
            Map.entry("title", List.of("Plan voor ", "Plan for ")),
            Map.entry("weekZero", List.of("Week 0 begint op ", "Week 0 starts ")),
            Map.entry("weeksPlanned", List.of(" weken gepland; score ", " weeks planned; score ")),
            Map.entry("waiting", List.of("wachten vanaf de vroegste toegestane week",
                    "waiting from the earliest allowed week")),
            Map.entry("unplanned", List.of("niet gepland", "unplanned")),
            Map.entry("households", List.of("huishoudens ", "households ")));

    private PlanPage() {
    }

    /**
     * The page.
     *
     * @param plan the optimised plan
     * @param metrics the figures of the optimised plan first, then of the baselines (as the facade's {@code monitor}
     *     gives them)
     * @param english false gives Dutch
     */
    public static String render(Scenario scenario, List<Assessment> assessments, Plan plan, List<PlanMetrics> metrics,
                                boolean english) {
        return render(scenario, assessments, plan, metrics, List.of(), english, Optional.empty());
    }

    /**
     * The page with, per half-year of {@code quotaChecks} (the facade's {@code checkQuotas} of the same scenario), the
     * quota the law gives (HV-FORMULA-01) beside the given quota and the housed number, a dash for the other
     * half-years; and, when {@code whatIf} is present (a capacity what-if on the same scenario), a section "Where
     * capacity buys the most" under the key figures.
     */
    public static String render(Scenario scenario, List<Assessment> assessments, Plan plan, List<PlanMetrics> metrics,
                                List<QuotaCheck> quotaChecks, boolean english, Optional<WhatIf> whatIf) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", english ? "en" : "nl");
        data.put("t", texts(english));
        data.put("scenario", scenario.name());
        data.put("municipality", scenario.municipality());
        data.put("planStart", plan.planStart().toString());
        data.put("horizon", plan.horizonWeeks());
        data.put("score", plan.score().asText());
        List<Object> quota = new ArrayList<>();
        metrics.forEach(m -> quota.add(Map.of("label", ComparedFigure.method(m.method(), english), "quota",
                m.housingQuota())));
        data.put("plans", quota);
        data.put("quotaLaw", quotaByLaw(metrics.get(0), new QuotaByLaw(quotaChecks), english));
        data.put("figures", figures(metrics, english));
        data.put("baselines", ComparedFigure.baselines(english));
        data.put("households", households(scenario, assessments, plan));
        data.put("resources", occupancy(plan, resources(scenario)));
        String json;
        try {
            json = TegelijkJson.writer().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan page data cannot be written as JSON", e);
        }
        String page = template();
        for (Map.Entry<String, String> t : texts(english).entrySet()) {
            page = page.replace("{{" + t.getKey() + "}}", ReportDocument.esc(t.getValue()));
        }
        return page.replace("{{LANG}}", english ? "en" : "nl")
                .replace("{{TITLE}}", ReportDocument.esc(scenario.name() + " — " + scenario.municipality()))
                .replace("{{WHATIF}}", whatIf.map(w -> WhatIfSection.html(w, english)).orElse(""))
                .replace("{{DATA}}", json.replace("</", "<\\/"));
    }

    /** Per half-year the given quota, the quota by the formula (or none) and the optimised plan's housed number. */
    private static Map<String, Object> quotaByLaw(PlanMetrics optimised, QuotaByLaw byLaw, boolean english) {
        List<Object> rows = new ArrayList<>();
        for (QuotaRealised q : optimised.housingQuota()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", q.label());
            row.put("given", q.quota());
            row.put("formula", byLaw.text(q.label()));
            row.put("housed", q.housed());
            rows.add(row);
        }
        return Map.of("heading", QuotaByLaw.heading(english), "rows", rows, "note", byLaw.note(english));
    }

    private static Map<String, String> texts(boolean english) {
        Map<String, String> out = new java.util.TreeMap<>();
        TEXT.forEach((k, v) -> out.put(k, v.get(english ? 1 : 0)));
        return out;
    }

    /** One row per compared figure and per unplanned reason: label, definition, a value per plan, what is better. */
    private static List<Object> figures(List<PlanMetrics> metrics, boolean english) {
        List<Object> rows = new ArrayList<>();
        for (ComparedFigure f : ComparedFigure.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", f.label(english));
            row.put("definition", f.definition(english));
            row.put("values", metrics.stream().map(f::value).toList());
            row.put("lower", f.lowerIsBetter());
            rows.add(row);
        }
        java.util.Set<UnplannedReason> reasons = new java.util.TreeSet<>();
        metrics.forEach(m -> reasons.addAll(m.unplannedByReason().keySet()));
        for (UnplannedReason r : reasons) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", ComparedFigure.unplanned(r, english));
            row.put("definition", english ? "Tracks, required or voluntary, the plan leaves unplanned for this reason."
                    : "Trajecten, verplicht of vrijwillig, die het plan om deze reden niet plant.");
            row.put("values", metrics.stream().map(m -> m.unplannedByReason().getOrDefault(r, 0)).toList());
            row.put("lower", Boolean.TRUE);
            rows.add(row);
        }
        return rows;
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
        Map<String, List<Person>> membersByHousehold = scenario.membersByHousehold();
        for (Household household : scenario.households()) {
            List<Object> members = new ArrayList<>();
            for (Person p : membersByHousehold.getOrDefault(household.id(), List.of())) {
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

    /** A place to plan, as the page shows it. */
    record Place(String id, String kind, String sub, Optional<Integer> capacity, java.time.LocalDate availableFrom) {
    }

    /** Every dwelling, course group, school class and placement of the scenario. */
    static List<Place> resources(Scenario scenario) {
        List<Place> out = new ArrayList<>();
        scenario.dwellings().forEach(d -> out.add(new Place(d.id(), "DWELLING", "DWELLING", Optional.of(1),
                d.availableFrom())));
        scenario.courseGroups().forEach(c -> out.add(new Place(c.id(), "COURSE_GROUP", c.kind().name(), c.seats(),
                c.availableFrom())));
        scenario.schoolClasses().forEach(c -> out.add(new Place(c.id(), "SCHOOL_CLASS", c.kind().name(),
                Optional.of(c.seats()),
                c.availableFrom())));
        scenario.placements().forEach(p -> out.add(new Place(p.id(), "PLACEMENT", p.kind().name(), p.slots(),
                p.availableFrom())));
        return out;
    }

    /** Per resource the participants in each week of the horizon. */
    static List<Object> occupancy(Plan plan, List<Place> resources) {
        WeekCalendar calendar = new WeekCalendar(plan.planStart(), plan.horizonWeeks());
        int horizon = plan.horizonWeeks();
        Map<String, int[]> occ = new LinkedHashMap<>();
        resources.forEach(r -> occ.put(r.id(), new int[horizon]));
        plan.housing().forEach(h -> fill(occ.get(h.dwellingId()), h.moveInWeek(), horizon));
        plan.tracks().forEach(t -> fill(occ.get(t.resourceId()), t.startWeek(), t.endWeek()));
        plan.ended().forEach(t -> fill(occ.get(t.resourceId()), t.startWeek(), t.endWeek()));
        List<Object> out = new ArrayList<>();
        for (Place r : resources) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("kind", r.kind());
            m.put("sub", r.sub());
            r.capacity().ifPresent(cap -> m.put("cap", cap)); // an open offer without a cap has none
            m.put("from", calendar.firstWeekOnOrAfter(r.availableFrom()));
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
