package nl.tegelijk.examples.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.MeasureKind;
import nl.tegelijk.assessment.SupportMeasure;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.metrics.PlanMetrics;

/**
 * The figures of the half-year council report (<i>raadsinformatiebrief</i>), computed from a plan, its scenario and
 * the assessments. Immutable and thread-safe; {@link CouncilReport} only renders them.
 *
 * <p>Definitions (the report states them too): an adult is 18 or older on the plan start; weeks are whole weeks
 * (days / 7, rounded down); "within N weeks" counts from the earliest start the assessment allows; a child is at
 * school within the legal term when the education track starts by its deadline, or else within 3 months of its
 * earliest start (EDU-ASYL-01); a young single refugee is 18 to 26 and alone in the household.
 *
 * @param scenarioName the scenario
 * @param municipality the municipality
 * @param periodStart the plan start
 * @param periodEnd the last day of the horizon
 * @param quota persons housed per half-year against the quota
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
                             List<PlanMetrics.QuotaRealised> quota, Distribution permitToHousing,
                             Distribution linkToHousing, Share housedOfPermitHolders, Share languageWithin4Weeks,
                             Share languageWithin12Weeks, Share childrenInSchoolInTerm,
                             int childrenTermPassedBeforeStart, Share adultsInWorkOrParticipation, List<DomainFigures> domains,
                             List<GroupFigures> groups, List<IntakeCount> intake, List<Remark> remarks) {

    /** Remarks are quoted only when made about at least this many persons, so none points at one person. */
    public static final int MIN_PERSONS_PER_REMARK = 5;

    public CouncilFigures {
        requireNonNull(scenarioName, "scenarioName");
        quota = List.copyOf(quota);
        domains = List.copyOf(domains);
        groups = List.copyOf(groups);
        intake = List.copyOf(intake);
        remarks = List.copyOf(remarks);
    }

    /** A count out of a total. */
    public record Share(int count, int of) {
        /** The share in whole percent, 0 when the total is 0. */
        public int percent() {
            return of == 0 ? 0 : (int) Math.round(100.0 * count / of);
        }
    }

    /** Median and 90th percentile (nearest rank) of a number of weeks. */
    public record Distribution(int count, int median, int p90) {
        static Distribution of(List<Integer> values) {
            List<Integer> s = values.stream().sorted().toList();
            return new Distribution(s.size(), rank(s, 0.5), rank(s, 0.9));
        }

        private static int rank(List<Integer> sorted, double p) {
            return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
        }
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
     * @param weeksToFullParticipation weeks from the first allowed start to the start of the last required track
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

    /** The figures of {@code plan}. */
    public static CouncilFigures of(Scenario scenario, List<Assessment> assessments, Plan plan) {
        LocalDate start = plan.planStart();
        Map<String, Person> persons = new HashMap<>();
        scenario.persons().forEach(p -> persons.put(p.id(), p));
        Map<String, LocalDate> moveIn = new HashMap<>();
        for (HousingPlacement h : plan.housing()) {
            h.memberIds().forEach(m -> moveIn.put(m, h.moveInDate()));
        }
        Map<String, TrackPlacement> placed = new HashMap<>();
        plan.tracks().forEach(t -> placed.put(t.personId() + "/" + t.track(), t));
        Map<String, PlacementKind> placementKinds = new HashMap<>();
        scenario.placements().forEach(p -> placementKinds.put(p.id(), p.kind()));
        Facts facts = new Facts(start, plan.planStart().plusWeeks(plan.horizonWeeks()), persons, moveIn, placed);

        List<Integer> fromPermit = new ArrayList<>();
        List<Integer> fromLink = new ArrayList<>();
        int needHousing = 0;
        int housed = 0;
        int lang = 0;
        int lang4 = 0;
        int lang12 = 0;
        int kids = 0;
        int kidsInTerm = 0;
        int kidsTermPassed = 0;
        int adultsWork = 0;
        int adultsWorking = 0;
        for (Assessment a : assessments) {
            Person p = persons.get(a.personId());
            boolean adult = p.ageOn(start) >= 18;
            Optional<TrackRequirement> housing = a.track(TrackKind.HOUSING).filter(r -> !r.voluntary());
            if (housing.isPresent()) {
                needHousing++;
                LocalDate in = moveIn.get(p.id());
                if (in != null) {
                    housed++;
                    p.permitGrantedDate().ifPresent(d -> fromPermit.add(weeks(d, in)));
                    p.linkedToMunicipalityDate().ifPresent(d -> fromLink.add(weeks(d, in)));
                }
            }
            Optional<TrackRequirement> language = a.track(TrackKind.LANGUAGE).filter(r -> !r.voluntary());
            if (adult && language.isPresent()) {
                lang++;
                Optional<Integer> wait = facts.waitWeeks(p.id(), language.get());
                lang4 += wait.filter(w -> w <= 4).isPresent() ? 1 : 0;
                lang12 += wait.filter(w -> w <= 12).isPresent() ? 1 : 0;
            }
            Optional<TrackRequirement> education = a.track(TrackKind.EDUCATION);
            if (!adult && education.isPresent()) {
                kids++;
                LocalDate by = education.get().deadline().orElse(education.get().earliestStart().plusMonths(3));
                kidsTermPassed += by.isBefore(start) ? 1 : 0;
                kidsInTerm += facts.start(p.id(), TrackKind.EDUCATION).filter(d -> !d.isAfter(by)).isPresent() ? 1 : 0;
            }
            if (adult && a.track(TrackKind.WORK).isPresent()) {
                adultsWork++;
                adultsWorking += placed.containsKey(p.id() + "/" + TrackKind.WORK) ? 1 : 0;
            }
        }
        return new CouncilFigures(scenario.name(), scenario.municipality(), start, facts.end().minusDays(1),
                PlanMetrics.of(scenario, assessments, plan).housingQuota(), Distribution.of(fromPermit),
                Distribution.of(fromLink), new Share(housed, needHousing), new Share(lang4, lang),
                new Share(lang12, lang), new Share(kidsInTerm, kids), kidsTermPassed, new Share(adultsWorking, adultsWork),
                domains(scenario, assessments, facts, placementKinds), groups(scenario, assessments, facts),
                intake(scenario), remarks(scenario));
    }

    private record Facts(LocalDate start, LocalDate end, Map<String, Person> persons, Map<String, LocalDate> moveIn,
                         Map<String, TrackPlacement> placed) {
        Optional<LocalDate> start(String personId, TrackKind track) {
            if (track == TrackKind.HOUSING) {
                return Optional.ofNullable(moveIn.get(personId));
            }
            return Optional.ofNullable(placed.get(personId + "/" + track)).map(TrackPlacement::startDate);
        }

        /** Weeks from the later of the earliest start and the plan start to the start; empty when unplanned. */
        Optional<Integer> waitWeeks(String personId, TrackRequirement req) {
            LocalDate from = req.earliestStart().isBefore(start) ? start : req.earliestStart();
            return start(personId, req.track()).map(d -> Math.max(0, weeks(from, d)));
        }
    }

    private static int weeks(LocalDate from, LocalDate to) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(from, to), 7);
    }

    private static List<DomainFigures> domains(Scenario scenario, List<Assessment> assessments, Facts facts,
                                               Map<String, PlacementKind> placementKinds) {
        Map<LifeDomain, Set<String>> need = new EnumMap<>(LifeDomain.class);
        for (IntakeReport r : scenario.intakeReports()) {
            for (Finding f : r.findings()) {
                if (f.needLevel() != NeedLevel.NONE) {
                    need.computeIfAbsent(f.domain(), d -> new HashSet<>()).add(r.personId());
                }
            }
        }
        Set<PlacementKind> participation = Set.of(PlacementKind.VOLUNTEER_WORK, PlacementKind.SOCIAL_PARTICIPATION,
                PlacementKind.RECEPTION_CENTRE_WORK);
        List<DomainFigures> out = new ArrayList<>();
        for (LifeDomain domain : LifeDomain.values()) {
            Set<String> withMeasure = new HashSet<>();
            Map<MeasureKind, Integer> measures = new TreeMap<>();
            int needed = 0;
            int started = 0;
            for (Assessment a : assessments) {
                for (SupportMeasure m : a.measures()) {
                    if (m.domain() == domain) {
                        withMeasure.add(a.personId());
                        measures.merge(m.measure(), 1, Integer::sum);
                    }
                }
                Optional<TrackKind> track = switch (domain) {
                    case HOUSING -> Optional.of(TrackKind.HOUSING);
                    case LANGUAGE -> Optional.of(TrackKind.LANGUAGE);
                    case EDUCATION -> Optional.of(TrackKind.EDUCATION);
                    case WORK, PARTICIPATION -> Optional.of(TrackKind.WORK);
                    case HEALTH_AND_SAFETY -> Optional.empty();
                };
                if (track.isPresent() && a.track(track.get()).isPresent()) {
                    needed += domain == LifeDomain.PARTICIPATION ? 0 : 1;
                    Optional<TrackPlacement> t = Optional.ofNullable(facts.placed().get(a.personId() + "/" + track.get()));
                    boolean isParticipation = t.map(x -> placementKinds.get(x.resourceId()))
                            .filter(participation::contains).isPresent();
                    if (domain == LifeDomain.WORK) {
                        started += t.isPresent() && !isParticipation ? 1 : 0;
                    } else if (domain == LifeDomain.PARTICIPATION) {
                        needed++;
                        started += isParticipation ? 1 : 0;
                    } else {
                        started += facts.start(a.personId(), track.get()).isPresent() ? 1 : 0;
                    }
                }
            }
            Optional<Share> share = domain == LifeDomain.HEALTH_AND_SAFETY ? Optional.empty()
                    : Optional.of(new Share(started, needed));
            out.add(new DomainFigures(domain, need.getOrDefault(domain, Set.of()).size(), withMeasure.size(),
                    measures, share));
        }
        return out;
    }

    private static List<GroupFigures> groups(Scenario scenario, List<Assessment> assessments, Facts facts) {
        Map<String, Integer> householdSize = new HashMap<>();
        scenario.persons().forEach(p -> householdSize.merge(p.householdId(), 1, Integer::sum));
        LocalDate start = facts.start();
        Map<Group, Predicate<Assessment>> members = new EnumMap<>(Group.class);
        members.put(Group.UNACCOMPANIED_MINORS, a -> facts.persons().get(a.personId()).unaccompaniedMinor());
        members.put(Group.YOUNG_SINGLE_REFUGEES, a -> {
            Person p = facts.persons().get(a.personId());
            int age = p.ageOn(start);
            return age >= 18 && age <= 26 && householdSize.get(p.householdId()) == 1;
        });
        members.put(Group.ADULTS_IN_EDUCATION, a -> facts.persons().get(a.personId()).ageOn(start) >= 18
                && a.track(TrackKind.EDUCATION).isPresent());
        List<GroupFigures> out = new ArrayList<>();
        members.forEach((group, test) -> {
            List<Assessment> in = assessments.stream().filter(test).toList();
            List<Integer> full = new ArrayList<>();
            for (Assessment a : in) {
                fullParticipationWeeks(a, facts).ifPresent(full::add);
            }
            out.add(new GroupFigures(group, in.size(), share(in, TrackKind.HOUSING, facts),
                    share(in, TrackKind.LANGUAGE, facts), share(in, TrackKind.EDUCATION, facts),
                    share(in, TrackKind.WORK, facts), Distribution.of(full)));
        });
        return out;
    }

    private static Share share(List<Assessment> in, TrackKind track, Facts facts) {
        List<Assessment> with = in.stream().filter(a -> a.track(track).isPresent()).toList();
        return new Share((int) with.stream().filter(a -> facts.start(a.personId(), track).isPresent()).count(),
                with.size());
    }

    /** Weeks from the first allowed start of a required track to the start of the last; empty if one is unplanned. */
    private static Optional<Integer> fullParticipationWeeks(Assessment a, Facts facts) {
        LocalDate first = null;
        LocalDate last = null;
        for (TrackRequirement r : a.tracks()) {
            if (r.voluntary()) {
                continue;
            }
            Optional<LocalDate> s = facts.start(a.personId(), r.track());
            if (s.isEmpty()) {
                return Optional.empty();
            }
            LocalDate from = r.earliestStart().isBefore(facts.start()) ? facts.start() : r.earliestStart();
            first = first == null || from.isBefore(first) ? from : first;
            last = last == null || s.get().isAfter(last) ? s.get() : last;
        }
        return first == null ? Optional.empty() : Optional.of(Math.max(0, weeks(first, last)));
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
