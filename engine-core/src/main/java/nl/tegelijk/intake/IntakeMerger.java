package nl.tegelijk.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SupportNeed;

/**
 * Merges the intake reports of a scenario into one {@link IntegralProfile} per person. Stateless and thread-safe.
 *
 * <p>Per life domain the merged need level is the highest any party reported, and the concrete needs are the union;
 * when parties report different need levels an {@link IntakeConflict} names them, so that the case worker decides.
 * When one party wrote several reports on the same person, its latest report counts.
 */
public final class IntakeMerger {

    private IntakeMerger() {
    }

    /** One profile per person of the scenario, in scenario order. */
    public static List<IntegralProfile> merge(Scenario scenario) {
        Map<String, Household> households = new LinkedHashMap<>();
        scenario.households().forEach(h -> households.put(h.id(), h));
        Map<String, Integer> sizes = new LinkedHashMap<>();
        scenario.persons().forEach(p -> sizes.merge(p.householdId(), 1, Integer::sum));
        Map<String, List<IntakeReport>> reports = new LinkedHashMap<>();
        scenario.intakeReports().forEach(r -> reports.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r));
        List<IntegralProfile> profiles = new ArrayList<>(scenario.persons().size());
        for (Person person : scenario.persons()) {
            profiles.add(merge(person, households.get(person.householdId()),
                    sizes.getOrDefault(person.householdId(), 1), reports.getOrDefault(person.id(), List.of())));
        }
        return profiles;
    }

    /** The profile of one person from the reports about that person. */
    public static IntegralProfile merge(Person person, Household household, int householdSize,
                                        List<IntakeReport> reports) {
        Map<IntakeParty, IntakeReport> latest = new EnumMap<>(IntakeParty.class);
        reports.stream()
                .sorted(Comparator.comparing(IntakeReport::date).thenComparing(IntakeReport::id))
                .forEach(r -> latest.put(r.party(), r));

        Map<LifeDomain, Map<IntakeParty, Finding>> byDomain = new EnumMap<>(LifeDomain.class);
        List<Attributed> strengths = new ArrayList<>();
        List<Attributed> wishes = new ArrayList<>();
        latest.forEach((party, report) -> {
            report.findings().forEach(f -> byDomain.computeIfAbsent(f.domain(), d -> new EnumMap<>(IntakeParty.class))
                    .put(party, f));
            report.strengths().forEach(s -> strengths.add(new Attributed(party, s)));
            report.wishes().forEach(w -> wishes.add(new Attributed(party, w)));
        });

        Map<LifeDomain, DomainView> domains = new EnumMap<>(LifeDomain.class);
        List<IntakeConflict> conflicts = new ArrayList<>();
        byDomain.forEach((domain, findings) -> {
            Map<IntakeParty, NeedLevel> levels = new EnumMap<>(IntakeParty.class);
            Set<SupportNeed> needs = EnumSet.noneOf(SupportNeed.class);
            findings.forEach((party, f) -> {
                levels.put(party, f.needLevel());
                needs.addAll(f.needs());
            });
            NeedLevel highest = levels.values().stream().max(Comparator.naturalOrder()).orElse(NeedLevel.NONE);
            domains.put(domain, new DomainView(domain, highest, needs, levels));
            if (levels.values().stream().distinct().count() > 1) {
                Map<IntakeParty, String> values = new TreeMap<>();
                levels.forEach((party, level) -> values.put(party, level.name()));
                conflicts.add(new IntakeConflict(person.id(), domain, "needLevel", values));
            }
        });
        return new IntegralProfile(person, household, householdSize, domains, strengths, wishes, latest.keySet(),
                conflicts);
    }
}
