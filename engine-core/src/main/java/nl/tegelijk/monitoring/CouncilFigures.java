package nl.tegelijk.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.MeasureKind;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;

/**
 * The figures of the half-year council report (<i>raadsinformatiebrief</i>), computed from a plan, its scenario and
 * the assessments, each defined once in {@link CouncilFigureDefinitions} and {@link PlanFigures} (see
 * {@code docs/MONITORING.md}). Every person is counted: a person with a track left unplanned counts as starting it at
 * the horizon end, never as absent. Immutable and thread-safe.
 *
 * @param scenarioName the scenario
 * @param municipality the municipality
 * @param periodStart the plan start
 * @param periodEnd the last day of the horizon
 * @param plan the figures that compare the plan with other plans of the scenario
 * @param permitToHousing weeks from the permit to moving in, of the persons housed
 * @param linkToHousing weeks from the link to the municipality to moving in, of the persons housed
 * @param housedOfPermitHolders persons housed of the persons with a required housing track
 * @param languageWithin4Weeks adults with a required language track who start it within 4 weeks
 * @param languageWithin12Weeks the same within 12 weeks
 * @param childrenInSchoolInTerm minors with an education track who start it within the legal term
 * @param childrenTermPassedBeforeStart of those minors, the ones whose legal term ended before the plan start
 * @param adultsInWorkOrParticipation adults with a work track who start a placement within the horizon
 * @param domains figures per life domain
 * @param groups figures per specific group
 * @param intake findings per life domain and intake party
 * @param remarks remarks of the intake parties made about several persons, most frequent first
 */
public record CouncilFigures(String scenarioName, String municipality, LocalDate periodStart, LocalDate periodEnd,
                             PlanMetrics plan, Distribution permitToHousing,
                             Distribution linkToHousing, Share housedOfPermitHolders, Share languageWithin4Weeks,
                             Share languageWithin12Weeks, Share childrenInSchoolInTerm,
                             int childrenTermPassedBeforeStart, Share adultsInWorkOrParticipation, List<DomainFigures> domains,
                             List<GroupFigures> groups, List<IntakeCount> intake, List<Remark> remarks) {

    /** Remarks are quoted only when made about at least this many persons, so none points at one person. */
    public static final int MIN_PERSONS_PER_REMARK = 5;

    public CouncilFigures {
        requireNonNull(scenarioName, "scenarioName");
        requireNonNull(plan, "plan");
        domains = List.copyOf(domains);
        groups = List.copyOf(groups);
        intake = List.copyOf(intake);
        remarks = List.copyOf(remarks);
    }

    /** Persons housed per half-year against the housing quota: {@link PlanFigures#housingQuota()}. */
    public List<QuotaRealised> quota() {
        return plan.housingQuota();
    }

    /**
     * One life domain.
     *
     * @param domain the domain
     * @param personsWithNeed persons for whom an intake party found some or high need in the domain
     * @param personsWithMeasure persons with a support measure or referral in the domain
     * @param measures measures per kind
     * @param started for a domain with a track to plan: persons who start it of those who need it
     */
    public record DomainFigures(LifeDomain domain, int personsWithNeed, int personsWithMeasure,
                                Map<MeasureKind, Integer> measures, Optional<Share> started) {
        public DomainFigures {
            measures = Map.copyOf(measures);
        }
    }

    /**
     * One specific group.
     *
     * @param group the group
     * @param persons persons in it
     * @param housed housed of those with a housing track
     * @param language started a language course of those with a language track
     * @param education started school or education of those with an education track
     * @param work started work or participation of those with a work track
     * @param weeksToFullParticipation {@link PlanFigures#weeksToFullParticipation(String, NeedScope)} over the group,
     *     required requirements only
     */
    public record GroupFigures(Group group, int persons, Share housed, Share language, Share education, Share work,
                               Distribution weeksToFullParticipation) {
    }

    /** The specific groups of Zaanstad's programme. */
    public enum Group { UNACCOMPANIED_MINORS, YOUNG_SINGLE_REFUGEES, ADULTS_IN_EDUCATION }

    /** Findings of one intake party on one life domain: all with some or high need, and those with high need. */
    public record IntakeCount(LifeDomain domain, IntakeParty party, int withNeed, int high) {
    }

    /** A remark of the intake parties and the number of persons it was made about. */
    public record Remark(String kind, String text, int persons) {
    }

    /**
     * The figures of {@code plan}: each as defined once in {@link PlanFigures} and {@link CouncilFigureDefinitions},
     * the comparison figures in {@link #plan()}.
     *
     * @throws IllegalArgumentException when an assessment names a person who is not in the scenario
     */
    public static CouncilFigures of(Scenario scenario, List<Assessment> assessments, Plan plan) {
        PlanFigures figures = PlanFigures.of(scenario, assessments, plan);
        CouncilFigureDefinitions c = new CouncilFigureDefinitions(figures);
        LocalDate start = plan.planStart();
        return new CouncilFigures(scenario.name(), scenario.municipality(), start,
                start.plusWeeks(plan.horizonWeeks()).minusDays(1), PlanMetrics.of(figures, plan), c.permitToHousing(), c.linkToHousing(), c.housedOfPermitHolders(),
                c.languageWithin(4), c.languageWithin(12), c.childrenInSchoolInTerm(),
                c.childrenTermPassedBeforeStart(), c.adultsInWorkOrParticipation(), c.lifeDomains(), c.groups(),
                intake(scenario), remarks(scenario));
    }

    private static List<IntakeCount> intake(Scenario scenario) {
        Map<String, int[]> counts = new TreeMap<>();
        for (IntakeReport r : scenario.intakeReports()) {
            for (Finding f : r.findings()) {
                if (f.needLevel() != NeedLevel.NONE) {
                    int[] c = counts.computeIfAbsent(f.domain().ordinal() + "/" + r.party().ordinal(), k -> new int[2]);
                    c[0]++;
                    c[1] += f.needLevel() == NeedLevel.HIGH ? 1 : 0;
                }
            }
        }
        List<IntakeCount> out = new ArrayList<>();
        counts.forEach((k, c) -> {
            String[] parts = k.split("/");
            out.add(new IntakeCount(LifeDomain.values()[Integer.parseInt(parts[0])],
                    IntakeParty.values()[Integer.parseInt(parts[1])], c[0], c[1]));
        });
        return out;
    }

    private static List<Remark> remarks(Scenario scenario) {
        Map<String, Set<String>> about = new TreeMap<>();
        for (IntakeReport r : scenario.intakeReports()) {
            r.findings().forEach(f -> f.note().ifPresent(n -> about.computeIfAbsent("note\t" + n,
                    k -> new HashSet<>()).add(r.personId())));
            r.strengths().forEach(s -> about.computeIfAbsent("strength\t" + s, k -> new HashSet<>()).add(r.personId()));
            r.wishes().forEach(w -> about.computeIfAbsent("wish\t" + w, k -> new HashSet<>()).add(r.personId()));
        }
        List<Remark> out = new ArrayList<>();
        about.forEach((k, ids) -> {
            if (ids.size() >= MIN_PERSONS_PER_REMARK) {
                String[] parts = k.split("\t", 2);
                out.add(new Remark(parts[0], parts[1], ids.size()));
            }
        });
        out.sort(Comparator.comparingInt(Remark::persons).reversed().thenComparing(Remark::text));
        return out;
    }
}
