package nl.tegelijk.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.PlanOutcomes.Outcome;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedTrack;
import nl.tegelijk.planning.UnplannedReason;

/**
 * The one definition of every figure of a plan that compares plans with each other (the optimised plan, the greedy
 * parallel and the sequential baseline): each figure is one method, defined in one sentence, and every page, report,
 * benchmark and test reads it from here (see {@code docs/MONITORING.md}). Immutable and thread-safe.
 *
 * <p>Words used in the definitions: a person's <b>requirements</b> are the tracks of the person's assessment (housing
 * through the household's dwelling); a week is a plan week (week 0 starts on the plan start); a requirement's
 * <b>earliest week</b> is the first week starting on or after its earliest start (0 when that lies before the plan
 * start; for housing the household's, the latest of its members', as a household moves in together); a person's <b>arrival</b> within a scope is the least earliest week of the person's requirements in it; an
 * <b>activity</b> is a language, education or work placement; an <b>unplanned</b> requirement counts as starting at the
 * horizon end, so unplanned work never flatters a plan.
 */
public final class PlanFigures {

    /** The weeks of the first year, for {@link #idleWeeksInFirstYear(String)}. */
    public static final int YEAR_WEEKS = 52;

    /**
     * The weeks after the permit for {@link #paidWorkWithinWeeksOfPermit(int)} that compare with the published
     * employment of permit holders 1.5 and 2.5 years after the permit (CBS cohort figures, docs/GENERATOR.md).
     */
    public static final List<Integer> PAID_WORK_WEEKS_AFTER_PERMIT = List.of(78, 130);

    private final PlanOutcomes outcomes;

    private PlanFigures(PlanOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * The figures of {@code plan}.
     *
     * @throws IllegalArgumentException when an assessment names a person who is not in the scenario, or two
     *     assessments name one person
     */
    public static PlanFigures of(Scenario scenario, List<Assessment> assessments, Plan plan) {
        return new PlanFigures(new PlanOutcomes(scenario, assessments, plan));
    }

    PlanOutcomes outcomes() {
        return outcomes;
    }

    /**
     * Weeks from the person's arrival within {@code scope} to the start of the last of the person's requirements in
     * {@code scope}; empty when the person has no requirement in it.
     */
    public OptionalInt weeksToFullParticipation(String personId, NeedScope scope) {
        List<Outcome> in = outcomes.of(personId, scope);
        if (in.isEmpty()) {
            return OptionalInt.empty();
        }
        int last = in.stream().mapToInt(o -> o.effectiveStartWeek(outcomes.horizonWeeks())).max().orElseThrow();
        return OptionalInt.of(Math.max(0, last - arrival(in)));
    }

    /** {@link #weeksToFullParticipation(String, NeedScope)} over every person with a requirement in {@code scope}. */
    public Distribution weeksToFullParticipation(NeedScope scope) {
        return overPersons(id -> weeksToFullParticipation(id, scope));
    }

    /** Persons with every requirement in {@code scope} planned, of the persons with a requirement in it. */
    public Share fullyPlanned(NeedScope scope) {
        int of = 0;
        int all = 0;
        for (Assessment a : outcomes.assessments()) {
            List<Outcome> in = outcomes.of(a.personId(), scope);
            of += in.isEmpty() ? 0 : 1;
            all += !in.isEmpty() && in.stream().allMatch(Outcome::planned) ? 1 : 0;
        }
        return new Share(all, of);
    }

    /**
     * Weeks from the person's arrival (every need) to the start of the person's first activity, the horizon end when
     * none is planned; empty for a person without a language, education or work requirement.
     */
    public OptionalInt weeksToFirstActivity(String personId) {
        List<Outcome> all = outcomes.of(personId);
        if (all.stream().allMatch(o -> o.track() == TrackKind.HOUSING)) {
            return OptionalInt.empty();
        }
        int first = outcomes.placements(personId).stream().mapToInt(TrackPlacement::startWeek).min()
                .orElse(outcomes.horizonWeeks());
        return OptionalInt.of(Math.max(0, Math.min(first, outcomes.horizonWeeks()) - arrival(all)));
    }

    /** {@link #weeksToFirstActivity(String)} over every person with a language, education or work requirement. */
    public Distribution weeksToFirstActivity() {
        return overPersons(this::weeksToFirstActivity);
    }

    /**
     * Weeks of the first {@value #YEAR_WEEKS} weeks from the person's arrival (every need), cut at the horizon end, in
     * which no activity of the person runs; empty for a person without a language, education or work requirement
     * or who arrives after the horizon.
     */
    public OptionalInt idleWeeksInFirstYear(String personId) {
        List<Outcome> all = outcomes.of(personId);
        int arrival = all.isEmpty() ? 0 : arrival(all);
        if (all.stream().allMatch(o -> o.track() == TrackKind.HOUSING) || arrival >= outcomes.horizonWeeks()) {
            return OptionalInt.empty();
        }
        int end = Math.min(arrival + YEAR_WEEKS, outcomes.horizonWeeks());
        List<TrackPlacement> own = outcomes.placements(personId);
        int idle = 0;
        for (int w = arrival; w < end; w++) {
            int week = w;
            idle += own.stream().noneMatch(t -> t.startWeek() <= week && week < t.endWeek()) ? 1 : 0;
        }
        return OptionalInt.of(idle);
    }

    /** {@link #idleWeeksInFirstYear(String)} over every person it is defined for. */
    public Distribution idleWeeksInFirstYear() {
        return overPersons(this::idleWeeksInFirstYear);
    }

    /**
     * Of the adults with an option that paid work meets and a permit date (granted, or expected on or after the plan
     * start) whose date plus {@code weeks} weeks falls within the horizon: those with a paid job ({@code PAID_JOB}
     * placement) that starts no later than {@code weeks} weeks after the permit date.
     */
    public Share paidWorkWithinWeeksOfPermit(int weeks) {
        Plan plan = outcomes.plan();
        LocalDate horizonEnd = plan.planStart().plusWeeks(plan.horizonWeeks());
        int of = 0;
        int working = 0;
        for (Assessment a : outcomes.assessments()) {
            Person p = outcomes.person(a.personId());
            Optional<LocalDate> by = p.permitGrantedDate()
                    .or(() -> p.expectedPermitFrom(plan.planStart()))
                    .map(d -> d.plusWeeks(weeks));
            boolean mayWork = a.tracks().stream().anyMatch(r -> r.placementKinds().contains(PlacementKind.PAID_JOB));
            if (!outcomes.adult(a.personId()) || !mayWork || by.isEmpty() || by.get().isBefore(plan.planStart())
                    || !by.get().isBefore(horizonEnd)) {
                continue;
            }
            of++;
            working += outcomes.placements(a.personId()).stream().anyMatch(t -> t.track() == TrackKind.WORK
                    && PlacementKind.PAID_JOB.name().equals(outcomes.resourceKind(t.resourceId()))
                    && !t.startDate().isAfter(by.get())) ? 1 : 0;
        }
        return new Share(working, of);
    }

    /**
     * Households the plan leaves unhoused although a dwelling that fits them (rooms, occupants, accessibility) stays
     * free to the horizon end from a week on or after their earliest move-in: no household is planned in it, and a plan
     * week starting on or after both the day it is available and their earliest move-in lies within the horizon. Households with an asylum-seeking member (who may not be housed) are not
     * counted. Issue 11's target is zero.
     */
    public int householdsUnhousedBesideAFreeFittingDwelling() {
        Scenario scenario = outcomes.scenario();
        Plan plan = outcomes.plan();
        Set<String> occupied = new HashSet<>();
        plan.housing().forEach(h -> occupied.add(h.dwellingId()));
        List<Dwelling> free = scenario.dwellings().stream().filter(d -> !occupied.contains(d.id()))
                .toList();
        Map<String, List<Person>> members = scenario.membersByHousehold();
        Set<String> withAsylumSeeker = new HashSet<>();
        plan.unplanned().stream().filter(u -> u.reason() == UnplannedReason.ASYLUM_SEEKER_IN_HOUSEHOLD)
                .forEach(u -> withAsylumSeeker.add(u.subjectId()));
        int count = 0;
        for (Household h : scenario.households()) {
            List<Person> own = members.getOrDefault(h.id(), List.of());
            Optional<Integer> earliest = own.stream().flatMap(p -> outcomes.of(p.id(), TrackKind.HOUSING).stream())
                    .filter(o -> !o.planned()).map(Outcome::earliestWeek).min(Integer::compare);
            if (earliest.isEmpty() || withAsylumSeeker.contains(h.id())) {
                continue;
            }
            count += free.stream().anyMatch(d -> d.fits(h, own.size()) && Math.max(earliest.get(),
                    outcomes.weekOnOrAfter(d.availableFrom())) < plan.horizonWeeks()) ? 1 : 0;
        }
        return count;
    }

    /**
     * Mean weeks from each requirement's earliest week to its start, per track kind, over every requirement of that
     * kind (required and voluntary).
     */
    public Map<TrackKind, Double> meanWaitingWeeksByTrack() {
        Map<TrackKind, long[]> sums = new EnumMap<>(TrackKind.class);
        for (Assessment a : outcomes.assessments()) {
            for (Outcome o : outcomes.of(a.personId())) {
                long[] s = sums.computeIfAbsent(o.track(), k -> new long[2]);
                s[0] += Math.max(0, o.effectiveStartWeek(outcomes.horizonWeeks()) - o.earliestWeek());
                s[1]++;
            }
        }
        Map<TrackKind, Double> out = new EnumMap<>(TrackKind.class);
        sums.forEach((k, s) -> out.put(k, (double) s[0] / s[1]));
        return Collections.unmodifiableMap(out);
    }

    /** Tracks the plan leaves unplanned (required and voluntary), per reason the plan gives. */
    public Map<UnplannedReason, Integer> unplannedByReason() {
        return countByReason(outcomes.plan().unplanned());
    }

    /** Required tracks the plan leaves unplanned, per reason the plan gives. */
    public Map<UnplannedReason, Integer> unplannedRequiredByReason() {
        return countByReason(outcomes.plan().unplanned().stream().filter(UnplannedTrack::required).toList());
    }

    /**
     * Per half-year of the housing quota that overlaps the horizon: the persons of the households that move in within
     * it, against its quota.
     */
    public List<QuotaRealised> housingQuota() {
        Scenario scenario = outcomes.scenario();
        Plan plan = outcomes.plan();
        List<QuotaRealised> out = new ArrayList<>();
        Map<String, List<Person>> members = scenario.membersByHousehold();
        for (HousingQuota q : scenario.housingQuotas()) {
            if (q.end().isBefore(plan.planStart()) || !q.start().isBefore(plan.planStart()
                    .plusWeeks(plan.horizonWeeks()))) {
                continue;
            }
            int housed = plan.housing().stream()
                    .filter(h -> !h.moveInDate().isBefore(q.start()) && !h.moveInDate().isAfter(q.end()))
                    .mapToInt(h -> members.getOrDefault(h.householdId(), List.of()).size()).sum();
            out.add(new QuotaRealised(q.label(), housed, q.persons()));
        }
        return out;
    }

    private static Map<UnplannedReason, Integer> countByReason(List<UnplannedTrack> unplanned) {
        Map<UnplannedReason, Integer> out = new EnumMap<>(UnplannedReason.class);
        unplanned.forEach(u -> out.merge(u.reason(), 1, Integer::sum));
        return Collections.unmodifiableMap(out);
    }

    private static int arrival(List<Outcome> in) {
        return in.stream().mapToInt(Outcome::earliestWeek).min().orElse(0);
    }

    private Distribution overPersons(java.util.function.Function<String, OptionalInt> figure) {
        List<Integer> values = new ArrayList<>();
        for (Assessment a : outcomes.assessments()) {
            figure.apply(a.personId()).ifPresent(values::add);
        }
        return Distribution.of(values);
    }
}
