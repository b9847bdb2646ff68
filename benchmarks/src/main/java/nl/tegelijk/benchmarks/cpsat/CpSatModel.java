package nl.tegelijk.benchmarks.cpsat;

import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.DEADLINE_MISSED_PERSON_WEEK;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.HOUSED_FAR_FROM_SCHOOL_KM;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.LONG_WAIT_SQUARED;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.PLACEMENT_OUTSIDE_SKILLS;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.QUOTA_SHORTFALL_PERSON;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.TRAVEL_KM;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.WAITING_WEEK;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.WEEKS_TO_EVERY_NEED;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.WEEKS_TO_FULL_PARTICIPATION;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.km;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.unplannedWeight;
import static nl.tegelijk.benchmarks.cpsat.ReferenceObjective.weeksLate;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.planning.domain.DutchProgress;
import nl.tegelijk.planning.domain.Participant;
import nl.tegelijk.planning.domain.QuotaPeriod;
import nl.tegelijk.planning.domain.Resource;
import nl.tegelijk.planning.domain.Slot;
import nl.tegelijk.planning.domain.TrackAssignment;

/**
 * Tegelijk's planning problem as a CP-SAT model: per entity (one per option, and housing) one optional choice among the
 * slots of its value range that the reference offers ({@link ReferenceInstance#choicesOf}: a window from its earliest
 * week, and its warm-start slot) and that keep the single-slot hard rules (start, dwelling fit, spell length, activity kind), an
 * optional fixed interval per choice, capacity per resource (one household per dwelling; a cumulative for course
 * groups, school classes and placements), the weekly hours limit per person as a cumulative, the Dutch level of a
 * placement (at intake or reached in a course of the person's that started earlier) as implications, and the
 * {@link ReferenceObjective} written exactly (the maxima and the fairness square as equalities, so that every
 * solution's objective is the evaluator's value). Not thread-safe: build, solve once, read.
 */
final class CpSatModel {

    /** A slot a track may take and the literal that takes it. */
    record Choice(TrackAssignment track, Slot slot, BoolVar chosen) {
    }

    private final CpModel model = new CpModel();
    private final ReferenceInstance instance;
    private final int horizon;
    private final Map<String, List<Choice>> choices = new LinkedHashMap<>();
    private final Map<String, BoolVar> assigned = new HashMap<>();
    private final Map<Choice, IntervalVar> intervals = new HashMap<>();
    private final Map<String, TrackAssignment> housingByHousehold = new HashMap<>();
    private final Map<IntVar, Long> objective = new LinkedHashMap<>();
    private final Map<String, Slot> hint;
    private long objectiveOffset;
    private int slotsOutsideRules;

    CpSatModel(ReferenceInstance instance, ReferenceObjective reference) {
        this.instance = instance;
        this.horizon = instance.problem().schedule().getHorizonWeeks();
        this.hint = instance.warmStart();
        addChoices();
        capacity();
        weeklyHours();
        dutchLevel();
        long scale = reference.mediumScale();
        medium(scale);
        waiting();
        fullParticipation();
        everyNeed(reference);
        quota();
        travelSkillsAndSchool();
        LinearExprBuilder total = LinearExpr.newBuilder().add(objectiveOffset);
        objective.forEach(total::addTerm);
        model.minimize(total);
    }

    CpModel model() {
        return model;
    }

    /** Per entity id its choices, in value-range order. */
    Map<String, List<Choice>> choices() {
        return choices;
    }

    /**
     * Slots of the entities' choices ({@link ReferenceInstance#choicesOf}) left out because they break a single-slot hard
     * rule (expected 0: the value ranges exclude them).
     */
    int slotsOutsideRules() {
        return slotsOutsideRules;
    }

    private void addChoices() {
        for (TrackAssignment a : instance.entities()) {
            housingOf(a);
            List<Choice> list = new ArrayList<>();
            for (Slot s : instance.choicesOf(a)) {
                if (allowed(a, s)) {
                    Choice c = new Choice(a, s, model.newBoolVar(a.getId() + "@" + s));
                    model.addHint(c.chosen(), hinted(c));
                    list.add(c);
                } else {
                    slotsOutsideRules++;
                }
            }
            choices.put(a.getId(), list);
            BoolVar isAssigned = model.newBoolVar("assigned " + a.getId());
            model.addEquality(sum(list), isAssigned);
            model.addHint(isAssigned, list.stream().anyMatch(this::hinted));
            assigned.put(a.getId(), isAssigned);
        }
    }

    private void housingOf(TrackAssignment a) {
        if (a.isHousing()) {
            housingByHousehold.put(a.getHouseholdId(), a);
        }
    }

    /**
     * The hard rules a single slot can break: start, dwelling fit, spell longer than the option allows, activity that
     * does not meet the option (as the hard constraints say). The Dutch level of a placement is not one of them: a
     * course of the person's in progress may reach it ({@link #dutchLevel()}).
     */
    private boolean allowed(TrackAssignment a, Slot s) {
        Resource r = s.resource();
        boolean start = s.startWeek() >= a.getEarliestWeek() && r.allowsStartIn(s.startWeek())
                && s.startWeek() < a.getHorizonWeeks();
        boolean fits = !a.isHousing() || r.isDwelling() && r.maxOccupants() >= a.getOccupants();
        boolean spell = a.getMaxWeeks() == TrackAssignment.NO_MAXIMUM
                || s.endWeek() - s.startWeek() <= a.getMaxWeeks();
        boolean kind = a.isHousing() || a.getAllowedKinds().isEmpty() || a.getAllowedKinds().contains(r.subKind());
        return start && fits && spell && kind;
    }

    /**
     * A placement's minimum level of Dutch is met at its start: by the level at intake, or else by the level reached in
     * one of the person's language courses that started earlier ({@link DutchProgress}, as the hard constraint
     * computes it). A placement choice the intake level does not meet implies one of the course choices that do.
     */
    private void dutchLevel() {
        Map<String, List<TrackAssignment>> courses = new HashMap<>();
        instance.entities().stream().filter(a -> a.getTrack() == TrackKind.LANGUAGE)
                .forEach(a -> courses.computeIfAbsent(a.getPersonId(), k -> new ArrayList<>()).add(a));
        for (TrackAssignment work : instance.entities()) {
            if (work.getTrack() != TrackKind.WORK) {
                continue;
            }
            for (Choice w : choices.get(work.getId())) {
                var needed = w.slot().resource().minimumDutchLevel();
                if (work.getDutchLevel().atLeast(needed)) {
                    continue;
                }
                LinearExprBuilder enough = LinearExpr.newBuilder();
                for (TrackAssignment course : courses.getOrDefault(work.getPersonId(), List.of())) {
                    for (Choice c : choices.get(course.getId())) {
                        int weeks = Math.min(c.slot().endWeek(), w.slot().startWeek()) - c.slot().startWeek();
                        if (DutchProgress.levelAfter(work.getDutchLevel(), c.slot().resource().subKind(), weeks)
                                .atLeast(needed)) {
                            enough.addTerm(c.chosen(), 1);
                        }
                    }
                }
                model.addLessOrEqual(w.chosen(), enough.build());
            }
        }
    }

    // A resource never holds more than its capacity in a week; a dwelling (held to the horizon end) one household.
    private void capacity() {
        Map<Resource, List<Choice>> byResource = new LinkedHashMap<>();
        choices.values().forEach(l -> l.forEach(c -> byResource.computeIfAbsent(c.slot().resource(),
                k -> new ArrayList<>()).add(c)));
        byResource.forEach((resource, list) -> {
            if (list.size() <= resource.capacity()) {
                return;
            }
            if (resource.isDwelling()) {
                model.addAtMostOne(list.stream().map(Choice::chosen).toArray(Literal[]::new));
                return;
            }
            CumulativeConstraint cumulative = model.addCumulative(resource.capacity());
            list.forEach(c -> cumulative.addDemand(interval(c), 1));
        });
    }

    // A person's concurrent activities stay within the weekly hours limit.
    private void weeklyHours() {
        Map<String, List<TrackAssignment>> byPerson = new LinkedHashMap<>();
        instance.entities().stream().filter(a -> !a.isHousing())
                .forEach(a -> byPerson.computeIfAbsent(a.getPersonId(), k -> new ArrayList<>()).add(a));
        byPerson.forEach((person, tracks) -> {
            int limit = tracks.stream().mapToInt(TrackAssignment::getWeeklyHoursLimit).min().orElseThrow();
            long worst = tracks.stream().mapToLong(a -> choices.get(a.getId()).stream()
                    .mapToLong(c -> c.slot().hoursPerWeek()).max().orElse(0)).sum();
            if (worst <= limit) {
                return;
            }
            CumulativeConstraint cumulative = model.addCumulative(limit);
            tracks.forEach(a -> choices.get(a.getId()).forEach(c -> cumulative.addDemand(interval(c),
                    c.slot().hoursPerWeek())));
        });
    }

    /**
     * The stay of a choice, cut at the horizon end: every stay starts before it, so the most at once after the horizon
     * end is never more than in its last week, and the cut changes no capacity or hours check.
     */
    private IntervalVar interval(Choice c) {
        return intervals.computeIfAbsent(c, k -> model.newOptionalFixedSizeIntervalVar(
                LinearExpr.constant(k.slot().startWeek()),
                Math.min(k.slot().endWeek(), horizon) - k.slot().startWeek(), k.chosen(), "stay " + k.chosen()));
    }

    // Medium: required tracks unplanned (by weight) and person-weeks past a deadline (unplanned: late until the horizon
    // end), each scaled above every soft part.
    private void medium(long scale) {
        for (TrackAssignment a : instance.entities()) {
            long unplanned = (a.isRequired() ? unplannedWeight(a) : 0)
                    + DEADLINE_MISSED_PERSON_WEEK * weeksLate(a, horizon) * a.weight();
            objectiveOffset += unplanned * scale;
            add(assigned.get(a.getId()), -unplanned * scale);
            choices.get(a.getId()).forEach(c -> add(c.chosen(),
                    DEADLINE_MISSED_PERSON_WEEK * weeksLate(a, c.slot().startWeek()) * a.weight() * scale));
        }
    }

    // Soft: waiting weeks from the earliest week to the start (unplanned: the horizon end), per person housed.
    private void waiting() {
        for (TrackAssignment a : instance.entities()) {
            long unplanned = WAITING_WEEK * a.weight() * Math.max(0, horizon - a.getEarliestWeek());
            objectiveOffset += unplanned;
            add(assigned.get(a.getId()), -unplanned);
            choices.get(a.getId()).forEach(c -> add(c.chosen(),
                    WAITING_WEEK * a.weight() * (c.slot().startWeek() - a.getEarliestWeek())));
        }
    }

    /**
     * Soft: weeks until full participation, 10 per week plus the square (fairness), the weeks being the maximum over the
     * person's required tracks of the (effective) start from the arrival week. Written exactly and linearly: the weeks
     * can take only the values {@code v_0 = 0 < v_1 < ... < v_m} that the start weeks allow, and literal {@code u_j}
     * says "at least {@code v_j}"; the cost is the sum over {@code j} of {@code u_j} times the step of {@code 10 w + w²}
     * from {@code v_(j-1)} to {@code v_j}. Per track a chain of literals {@code g_j} ("this track at least
     * {@code v_j}") defines it: {@code u_j} is their disjunction.
     */
    private void fullParticipation() {
        Map<String, List<TrackAssignment>> required = new HashMap<>();
        instance.entities().stream().filter(TrackAssignment::isRequired).forEach(a -> a.getParticipantIds()
                .forEach(p -> required.computeIfAbsent(p, k -> new ArrayList<>()).add(a)));
        for (Participant p : instance.problem().schedule().getParticipants()) {
            List<TrackAssignment> tracks = required.get(p.personId());
            if (tracks == null) {
                continue;
            }
            int arrival = p.arrivalWeek();
            TreeSet<Long> values = new TreeSet<>(List.of(0L, (long) Math.max(0, horizon - arrival)));
            tracks.forEach(a -> choices.get(a.getId())
                    .forEach(c -> values.add((long) Math.max(0, c.slot().startWeek() - arrival))));
            long[] v = values.stream().mapToLong(Long::longValue).toArray();
            List<BoolVar[]> chains = new ArrayList<>();
            long hintedWeeks = 0;
            for (TrackAssignment a : tracks) {
                Slot hinted = hint.get(a.getId());
                long weeks = Math.max(0, (hinted == null ? horizon : hinted.startWeek()) - arrival);
                hintedWeeks = Math.max(hintedWeeks, weeks);
                chains.add(atLeast(a, arrival, v, weeks));
            }
            for (int j = 1; j < v.length; j++) {
                BoolVar u;
                if (chains.size() == 1) {
                    u = chains.get(0)[j];
                } else {
                    BoolVar any = model.newBoolVar("weeks of " + p.personId() + " at least " + v[j]);
                    LinearExprBuilder sum = LinearExpr.newBuilder();
                    for (BoolVar[] g : chains) {
                        model.addImplication(g[j], any);
                        sum.addTerm(g[j], 1);
                    }
                    model.addLessOrEqual(any, sum.build());
                    model.addHint(any, hintedWeeks >= v[j]);
                    u = any;
                }
                long step = WEEKS_TO_FULL_PARTICIPATION * (v[j] - v[j - 1])
                        + LONG_WAIT_SQUARED * (v[j] * v[j] - v[j - 1] * v[j - 1]);
                add(u, step);
            }
        }
    }

    /**
     * Literals {@code g[j]}, j = 1..m: track {@code a} starts (unplanned: the horizon end) at least {@code v[j]} weeks
     * after {@code arrival}; a chain from the top, each choice and "unplanned" in exactly one link.
     */
    private BoolVar[] atLeast(TrackAssignment a, int arrival, long[] v, long hintedWeeks) {
        BoolVar[] g = new BoolVar[v.length];
        for (int j = v.length - 1; j >= 1; j--) {
            long low = v[j];
            long high = j + 1 < v.length ? v[j + 1] : Long.MAX_VALUE;
            LinearExprBuilder link = LinearExpr.newBuilder();
            if (j + 1 < v.length) {
                link.addTerm(g[j + 1], 1);
            }
            for (Choice c : choices.get(a.getId())) {
                long weeks = Math.max(0, c.slot().startWeek() - arrival);
                if (weeks >= low && weeks < high) {
                    link.addTerm(c.chosen(), 1);
                }
            }
            long unplanned = Math.max(0, horizon - arrival);
            if (unplanned >= low && unplanned < high) {
                link.add(1).addTerm(assigned.get(a.getId()), -1);
            }
            BoolVar at = model.newBoolVar(a.getId() + " at least " + low);
            model.addEquality(at, link.build());
            model.addHint(at, hintedWeeks >= low);
            g[j] = at;
        }
        return g;
    }

    /**
     * Soft: weeks until every need is met, 5 per week: per person the latest (effective) start over all their options
     * and their household's housing, voluntary ones included, from the earliest week of their first option (a
     * constant). The latest start is written as an equality ({@code addMaxEquality}, the constant among its arguments
     * so that it is never below it), so that every solution's objective is the evaluator's value.
     */
    private void everyNeed(ReferenceObjective reference) {
        reference.tracksByPerson().forEach((person, tracks) -> {
            int first = reference.firstEarliestWeek(person);
            List<LinearArgument> starts = new ArrayList<>();
            starts.add(LinearExpr.constant(first));
            long hinted = first;
            long high = first;
            for (TrackAssignment a : tracks) {
                LinearExprBuilder start = LinearExpr.newBuilder().add(horizon);
                for (Choice c : choices.get(a.getId())) {
                    start.addTerm(c.chosen(), c.slot().startWeek() - horizon);
                    high = Math.max(high, c.slot().startWeek());
                }
                starts.add(start.build());
                Slot h = hint.get(a.getId());
                hinted = Math.max(hinted, h == null ? horizon : h.startWeek());
                high = Math.max(high, horizon);
            }
            IntVar last = model.newIntVar(first, high, "last start of " + person);
            model.addMaxEquality(last, starts.toArray(LinearArgument[]::new));
            model.addHint(last, hinted);
            objectiveOffset -= WEEKS_TO_EVERY_NEED * first;
            add(last, WEEKS_TO_EVERY_NEED);
        });
    }

    // Soft: housing quota shortfall per half-year, cumulative, 20 per person not yet housed.
    private void quota() {
        for (QuotaPeriod q : instance.problem().schedule().getQuotaPeriods()) {
            LinearExprBuilder shortfall = LinearExpr.newBuilder().add(q.cumulativePersons());
            long hinted = q.cumulativePersons();
            for (TrackAssignment h : housingByHousehold.values()) {
                for (Choice c : choices.get(h.getId())) {
                    if (c.slot().startWeek() <= q.lastWeek()) {
                        shortfall.addTerm(c.chosen(), -h.getOccupants());
                        hinted -= hinted(c) ? h.getOccupants() : 0;
                    }
                }
            }
            IntVar missing = model.newIntVar(0, Math.max(0, q.cumulativePersons()), "quota shortfall " + q.label());
            model.addMaxEquality(missing, new LinearArgument[] {shortfall.build(), LinearExpr.constant(0)});
            model.addHint(missing, Math.max(0, hinted));
            add(missing, QUOTA_SHORTFALL_PERSON);
        }
    }

    /**
     * Soft: travel from the reception location, or from the dwelling once moved in; a placement outside the skills;
     * a minor's school far from the dwelling. Travel from the reception location is a weight on each choice; per
     * dwelling the household may get, one integer carries the change when it does (an enforced equality, zero when
     * the household gets another dwelling).
     */
    private void travelSkillsAndSchool() {
        for (TrackAssignment a : instance.entities()) {
            if (a.isHousing()) {
                continue;
            }
            for (Choice c : choices.get(a.getId())) {
                long cost = TRAVEL_KM * km(a.getHomeLocation(), c.slot().resource().location());
                if (a.getTrack() == TrackKind.WORK && !a.getSkills().isEmpty()
                        && !a.getSkills().contains(c.slot().resource().sector())) {
                    cost += PLACEMENT_OUTSIDE_SKILLS;
                }
                add(c.chosen(), cost);
            }
            TrackAssignment housing = housingByHousehold.get(a.getHouseholdId());
            if (housing == null) {
                continue;
            }
            boolean school = a.getTrack() == TrackKind.EDUCATION && a.isMinor();
            for (Choice dwelling : choices.get(housing.getId())) {
                dwellingTerms(a, dwelling, school);
            }
        }
    }

    private void dwellingTerms(TrackAssignment a, Choice dwelling, boolean school) {
        LinearExprBuilder change = LinearExpr.newBuilder();
        long low = 0;
        long high = 0;
        boolean any = false;
        long hinted = 0;
        for (Choice c : choices.get(a.getId())) {
            long fromDwelling = km(dwelling.slot().resource().location(), c.slot().resource().location());
            long delta = school ? HOUSED_FAR_FROM_SCHOOL_KM * fromDwelling : 0;
            if (dwelling.slot().startWeek() <= c.slot().startWeek()) {
                delta += TRAVEL_KM * (fromDwelling - km(a.getHomeLocation(), c.slot().resource().location()));
            }
            if (delta != 0) {
                change.addTerm(c.chosen(), delta);
                hinted += hinted(dwelling) && hinted(c) ? delta : 0;
                low = Math.min(low, delta);
                high = Math.max(high, delta);
                any = true;
            }
        }
        if (!any) {
            return;
        }
        IntVar value = model.newIntVar(low, high, "dwelling terms " + a.getId() + " " + dwelling.chosen());
        model.addEquality(value, change.build()).onlyEnforceIf(dwelling.chosen());
        model.addEquality(value, 0).onlyEnforceIf(dwelling.chosen().not());
        model.addHint(value, hinted);
        add(value, 1);
    }

    /** True when the warm start (the hint, every variable of the model) takes this choice. */
    private boolean hinted(Choice c) {
        return c.slot().equals(hint.get(c.track().getId()));
    }

    private void add(IntVar variable, long coefficient) {
        objective.merge(variable, coefficient, Long::sum);
    }

    private static LinearExpr sum(List<Choice> list) {
        LinearExprBuilder e = LinearExpr.newBuilder();
        list.forEach(c -> e.addTerm(c.chosen(), 1));
        return e.build();
    }
}
