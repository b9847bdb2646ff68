package nl.tegelijk.monitoring;

import java.time.LocalDate;
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
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.monitoring.CouncilFigures.DomainFigures;
import nl.tegelijk.monitoring.CouncilFigures.Group;
import nl.tegelijk.monitoring.CouncilFigures.GroupFigures;
import nl.tegelijk.monitoring.PlanOutcomes.Activity;
import nl.tegelijk.monitoring.PlanOutcomes.Outcome;

/**
 * The one definition of each figure of the half-year council report that {@link PlanFigures} does not hold, each one
 * method defined in one sentence. Words as in {@link PlanFigures}; besides: an <b>adult</b> is 18 or older on the plan
 * start, a <b>minor</b> younger; weeks between dates are whole weeks (days / 7, rounded down). Immutable after
 * construction.
 */
final class CouncilFigureDefinitions {

    /** Placement kinds that count as participation rather than work. */
    static final Set<PlacementKind> PARTICIPATION = Set.of(PlacementKind.VOLUNTEER_WORK,
            PlacementKind.SOCIAL_PARTICIPATION, PlacementKind.RECEPTION_CENTRE_WORK);

    private final PlanFigures figures;
    private final PlanOutcomes o;

    CouncilFigureDefinitions(PlanFigures figures) {
        this.figures = figures;
        this.o = figures.outcomes();
    }

    /** Whole weeks from the permit date to moving in, of the persons with a required housing requirement housed. */
    Distribution permitToHousing() {
        return weeksToMoveIn(Person::permitGrantedDate);
    }

    /**
     * Whole weeks from the link to the municipality to moving in, of the persons with a required housing requirement
     * housed.
     */
    Distribution linkToHousing() {
        return weeksToMoveIn(Person::linkedToMunicipalityDate);
    }

    private Distribution weeksToMoveIn(java.util.function.Function<Person, Optional<LocalDate>> from) {
        List<Integer> weeks = new ArrayList<>();
        for (Assessment a : o.assessments()) {
            Optional<LocalDate> in = moveIn(a.personId());
            from.apply(o.person(a.personId())).ifPresent(d -> in.ifPresent(x -> weeks.add(PlanOutcomes.weeks(d, x))));
        }
        return Distribution.of(weeks);
    }

    /** Persons housed within the horizon, of the persons with a required housing requirement. */
    Share housedOfPermitHolders() {
        int of = 0;
        int housed = 0;
        for (Assessment a : o.assessments()) {
            boolean needs = required(a.personId(), TrackKind.HOUSING).findAny().isPresent();
            of += needs ? 1 : 0;
            housed += needs && moveIn(a.personId()).isPresent() ? 1 : 0;
        }
        return new Share(housed, of);
    }

    /**
     * Adults with a required language requirement who start a language course that meets it within {@code weeks}
     * whole weeks of its earliest start (or of the plan start, when that is later).
     */
    Share languageWithin(int weeks) {
        LocalDate planStart = o.plan().planStart();
        int of = 0;
        int within = 0;
        for (Assessment a : o.assessments()) {
            List<Outcome> language = required(a.personId(), TrackKind.LANGUAGE).toList();
            if (!o.adult(a.personId()) || language.isEmpty()) {
                continue;
            }
            of++;
            LocalDate earliest = language.stream().map(x -> x.requirement().earliestStart())
                    .min(Comparator.naturalOrder()).orElseThrow();
            LocalDate from = earliest.isBefore(planStart) ? planStart : earliest;
            Optional<LocalDate> start = firstStart(language);
            within += start.filter(s -> PlanOutcomes.weeks(from, s) <= weeks).isPresent() ? 1 : 0;
        }
        return new Share(within, of);
    }

    /**
     * Minors with an education requirement who start school by its legal term: the requirement's deadline, or else
     * 3 months after its earliest start (EDU-ASYL-01).
     */
    Share childrenInSchoolInTerm() {
        int of = 0;
        int inTerm = 0;
        for (Assessment a : o.assessments()) {
            Optional<Outcome> school = firstOf(a.personId(), TrackKind.EDUCATION);
            if (o.adult(a.personId()) || school.isEmpty()) {
                continue;
            }
            of++;
            LocalDate by = term(school.get());
            inTerm += school.get().activity().filter(x -> !x.startDate().isAfter(by)).isPresent() ? 1 : 0;
        }
        return new Share(inTerm, of);
    }

    /** Minors with an education requirement whose legal term (as in {@link #childrenInSchoolInTerm()}) ended before
     * the plan start. */
    int childrenTermPassedBeforeStart() {
        int passed = 0;
        for (Assessment a : o.assessments()) {
            Optional<Outcome> school = firstOf(a.personId(), TrackKind.EDUCATION);
            passed += !o.adult(a.personId()) && school.isPresent()
                    && term(school.get()).isBefore(o.plan().planStart()) ? 1 : 0;
        }
        return passed;
    }

    /** Adults with a work requirement who start a work or participation placement within the horizon. */
    Share adultsInWorkOrParticipation() {
        int of = 0;
        int working = 0;
        for (Assessment a : o.assessments()) {
            List<Outcome> work = o.of(a.personId(), TrackKind.WORK);
            if (!o.adult(a.personId()) || work.isEmpty()) {
                continue;
            }
            of++;
            working += work.stream().anyMatch(Outcome::planned) ? 1 : 0;
        }
        return new Share(working, of);
    }

    /**
     * Per life domain: the persons an intake party found some or high need for, the persons with a support measure in
     * it (and the measures per kind), and for a domain with a track the persons who start it of those with a
     * requirement of it (work: a placement that is not participation; participation: a participation placement).
     */
    List<DomainFigures> lifeDomains() {
        Map<LifeDomain, Set<String>> need = new EnumMap<>(LifeDomain.class);
        for (IntakeReport r : o.scenario().intakeReports()) {
            for (Finding f : r.findings()) {
                if (f.needLevel() != NeedLevel.NONE) {
                    need.computeIfAbsent(f.domain(), d -> new HashSet<>()).add(r.personId());
                }
            }
        }
        Map<String, PlacementKind> kinds = new HashMap<>();
        o.scenario().placements().forEach(p -> kinds.put(p.id(), p.kind()));
        List<DomainFigures> out = new ArrayList<>();
        for (LifeDomain domain : LifeDomain.values()) {
            Set<String> withMeasure = new HashSet<>();
            Map<MeasureKind, Integer> measures = new TreeMap<>();
            int needed = 0;
            int started = 0;
            for (Assessment a : o.assessments()) {
                for (SupportMeasure m : a.measures()) {
                    if (m.domain() == domain) {
                        withMeasure.add(a.personId());
                        measures.merge(m.measure(), 1, Integer::sum);
                    }
                }
                Optional<TrackKind> track = track(domain);
                List<Outcome> reqs = track.map(t -> o.of(a.personId(), t)).orElse(List.of());
                if (reqs.isEmpty()) {
                    continue;
                }
                needed++;
                List<Activity> placed = reqs.stream().flatMap(x -> x.activity().stream()).toList();
                started += switch (domain) {
                    case WORK -> placed.stream().anyMatch(x -> !PARTICIPATION.contains(kinds.get(x.resourceId())));
                    case PARTICIPATION -> placed.stream().anyMatch(x -> PARTICIPATION.contains(
                            kinds.get(x.resourceId())));
                    default -> !placed.isEmpty();
                } ? 1 : 0;
            }
            out.add(new DomainFigures(domain, need.getOrDefault(domain, Set.of()).size(), withMeasure.size(),
                    measures, track(domain).isPresent() ? Optional.of(new Share(started, needed)) : Optional.empty()));
        }
        return out;
    }

    /**
     * Per specific group: its persons, the share of those with a requirement of each track kind who start it, and
     * {@link PlanFigures#weeksToFullParticipation(String, NeedScope)} (required) over all of them. Unaccompanied
     * minors as the scenario marks them; young single refugees are 18 to 26 and alone in their household; adults in
     * education are adults with an education requirement.
     */
    List<GroupFigures> groups() {
        Map<String, Integer> householdSize = new HashMap<>();
        o.scenario().persons().forEach(p -> householdSize.merge(p.householdId(), 1, Integer::sum));
        LocalDate start = o.plan().planStart();
        Map<Group, Predicate<String>> members = new EnumMap<>(Group.class);
        members.put(Group.UNACCOMPANIED_MINORS, id -> o.person(id).unaccompaniedMinor());
        members.put(Group.YOUNG_SINGLE_REFUGEES, id -> {
            Person p = o.person(id);
            int age = p.ageOn(start);
            return age >= 18 && age <= 26 && householdSize.get(p.householdId()) == 1;
        });
        members.put(Group.ADULTS_IN_EDUCATION, id -> o.adult(id) && !o.of(id, TrackKind.EDUCATION).isEmpty());
        List<GroupFigures> out = new ArrayList<>();
        members.forEach((group, test) -> {
            List<String> in = new ArrayList<>();
            o.assessments().forEach(a -> {
                if (test.test(a.personId())) {
                    in.add(a.personId());
                }
            });
            List<Integer> full = new ArrayList<>();
            in.forEach(id -> figures.weeksToFullParticipation(id, NeedScope.REQUIRED).ifPresent(full::add));
            out.add(new GroupFigures(group, in.size(), started(in, TrackKind.HOUSING), started(in, TrackKind.LANGUAGE),
                    started(in, TrackKind.EDUCATION), started(in, TrackKind.WORK), Distribution.of(full)));
        });
        return out;
    }

    private Share started(List<String> persons, TrackKind track) {
        List<String> with = persons.stream().filter(id -> !o.of(id, track).isEmpty()).toList();
        return new Share((int) with.stream().filter(id -> o.of(id, track).stream().anyMatch(Outcome::planned))
                .count(), with.size());
    }

    private static Optional<TrackKind> track(LifeDomain domain) {
        return switch (domain) {
            case HOUSING -> Optional.of(TrackKind.HOUSING);
            case LANGUAGE -> Optional.of(TrackKind.LANGUAGE);
            case EDUCATION -> Optional.of(TrackKind.EDUCATION);
            case WORK, PARTICIPATION -> Optional.of(TrackKind.WORK);
            case HEALTH_AND_SAFETY -> Optional.empty();
        };
    }

    private java.util.stream.Stream<Outcome> required(String personId, TrackKind track) {
        return o.of(personId, track).stream().filter(x -> !x.requirement().voluntary());
    }

    private Optional<LocalDate> moveIn(String personId) {
        return firstStart(required(personId, TrackKind.HOUSING).toList());
    }

    private static Optional<LocalDate> firstStart(List<Outcome> outcomes) {
        return outcomes.stream().flatMap(x -> x.activity().stream()).map(Activity::startDate)
                .min(Comparator.naturalOrder());
    }

    /** The person's first requirement of {@code track}: a required one before a voluntary one. */
    private Optional<Outcome> firstOf(String personId, TrackKind track) {
        return o.of(personId, track).stream().min(Comparator.comparing(x -> x.requirement().voluntary()));
    }

    private static LocalDate term(Outcome school) {
        return school.requirement().deadline().orElse(school.requirement().earliestStart().plusMonths(3));
    }
}
