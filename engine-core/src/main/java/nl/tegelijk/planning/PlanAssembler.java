package nl.tegelijk.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.constraints.justification.TrackJustification;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.Resource;
import nl.tegelijk.planning.domain.Slot;
import nl.tegelijk.planning.domain.TrackAssignment;
import nl.tegelijk.planning.domain.WeekCalendar;

/**
 * Turns a solved (or greedily filled) {@link PlanningProblem} into a {@link Plan}: weeks back to dates, unplanned
 * tracks with their reason, the score and its analysis. Used by the planner and the baselines alike, so that every
 * plan is scored by the same constraints. Stateless and thread-safe.
 */
public final class PlanAssembler {

    private PlanAssembler() {
    }

    /**
     * Scores and converts. A schedule that breaks a hard rule (a search stopped before it reached a feasible one)
     * first loses the tracks that break it ({@link HardRuleRepair}): they are listed as unplanned with
     * {@link UnplannedReason#NO_FEASIBLE_SLOT_FOUND}, so no plan made here breaks a hard rule; pinned tracks stay.
     *
     * @param reasonOverrides per entity id a reason that beats the derived one (e.g. a preceding track unplanned)
     */
    public static Plan assemble(Scenario scenario, PlanningProblem problem, PlanMethod method,
                                Map<String, UnplannedReason> reasonOverrides, boolean explainPerPerson) {
        PlanningSchedule schedule = problem.schedule();
        SolutionManager<PlanningSchedule, HardMediumSoftLongScore> manager = SolverFactories.solutionManager();
        ScoreAnalysisFetchPolicy fetch = explainPerPerson ? ScoreAnalysisFetchPolicy.FETCH_ALL
                : ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT;
        ScoreAnalysis<HardMediumSoftLongScore> analysis = manager.analyze(schedule, fetch);
        Map<String, UnplannedReason> reasons = reasonOverrides;
        if (analysis.score().hardScore() < 0) {
            // No plan breaks a hard rule: take out the tracks that do (HardRuleRepair) and score again.
            reasons = new HashMap<>(reasonOverrides);
            reasons.putAll(HardRuleRepair.repair(schedule));
            analysis = manager.analyze(schedule, fetch);
        }
        HardMediumSoftLongScore score = analysis.score();
        WeekCalendar calendar = problem.calendar();
        List<HousingPlacement> housing = new ArrayList<>();
        List<TrackPlacement> tracks = new ArrayList<>();
        List<UnplannedTrack> unplanned = new ArrayList<>();
        Occupancy occupancy = new Occupancy(schedule);
        for (TrackAssignment a : schedule.getAssignments()) {
            Slot slot = a.getSlot();
            if (slot == null) {
                UnplannedReason reason = reasons.getOrDefault(a.getId(), reasonFor(problem, a, occupancy));
                unplanned.add(new UnplannedTrack(a.getPersonId(), a.getTrack(), a.isRequired(), reason,
                        explain(reason), a.getRuleId()));
            } else if (a.isHousing()) {
                housing.add(new HousingPlacement(a.getHouseholdId(), a.getParticipantIds(), slot.resource().id(),
                        slot.startWeek(), calendar.dateOf(slot.startWeek())));
            } else {
                tracks.add(new TrackPlacement(a.getPersonId(), a.getTrack(), slot.resource().id(), slot.startWeek(),
                        calendar.dateOf(slot.startWeek()), slot.endWeek(), slot.hoursPerWeek(), a.getRuleId()));
            }
        }
        housing.sort(Comparator.comparing(HousingPlacement::householdId));
        tracks.sort(Comparator.comparing(TrackPlacement::personId).thenComparing(TrackPlacement::track)
                .thenComparing(TrackPlacement::ruleId));
        unplanned.sort(Comparator.comparing(UnplannedTrack::subjectId).thenComparing(UnplannedTrack::track)
                .thenComparing(UnplannedTrack::ruleId));
        return new Plan(scenario.name(), scenario.planStart(), scenario.horizonWeeks(), method, housing, tracks,
                unplanned, toPlanScore(score), explanation(analysis, explainPerPerson), List.of());
    }

    static PlanScore toPlanScore(HardMediumSoftLongScore score) {
        return new PlanScore(score.hardScore(), score.mediumScore(), score.softScore(), score.isFeasible());
    }

    private static ScoreExplanation explanation(ScoreAnalysis<HardMediumSoftLongScore> analysis, boolean perPerson) {
        List<ScoreExplanation.ConstraintScore> constraints = new ArrayList<>();
        Map<String, List<String>> remarks = new TreeMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintMap().values()) {
            HardMediumSoftLongScore w = c.weight();
            ScoreLevel level = w.hardScore() != 0 ? ScoreLevel.HARD
                    : w.mediumScore() != 0 ? ScoreLevel.MEDIUM : ScoreLevel.SOFT;
            long weight = switch (level) {
                case HARD -> w.hardScore();
                case MEDIUM -> w.mediumScore();
                case SOFT -> w.softScore();
            };
            long impact = switch (level) {
                case HARD -> c.score().hardScore();
                case MEDIUM -> c.score().mediumScore();
                case SOFT -> c.score().softScore();
            };
            String name = c.constraintRef().constraintName();
            constraints.add(new ScoreExplanation.ConstraintScore(name, level, weight, impact, c.matchCount()));
            if (perPerson && c.matches() != null) {
                for (MatchAnalysis<HardMediumSoftLongScore> m : c.matches()) {
                    if (m.justification() instanceof TrackJustification j) {
                        for (String subject : j.subjectIds()) {
                            remarks.computeIfAbsent(subject, k -> new ArrayList<>())
                                    .add(name + " (" + m.score().toShortString() + "): " + j.description());
                        }
                    }
                }
            }
        }
        constraints.sort(Comparator.comparing(ScoreExplanation.ConstraintScore::constraint));
        List<ScoreExplanation.SubjectExplanation> persons = new ArrayList<>();
        remarks.forEach((id, lines) -> persons.add(
                new ScoreExplanation.SubjectExplanation(id, lines.stream().sorted().toList())));
        return new ScoreExplanation(constraints, persons);
    }

    /**
     * Why {@code a} is unplanned, as the final plan shows it: no eligible resource, no allowed start in the horizon, a
     * voluntary option left out, or, for a required one, whether a slot of its value range still has room: none
     * (capacity exhausted, or none by the deadline), room only beyond the person's weekly hours, or room the search
     * did not use before it stopped.
     */
    private static UnplannedReason reasonFor(PlanningProblem problem, TrackAssignment a, Occupancy occupancy) {
        List<Resource> eligible = problem.eligible().getOrDefault(a.getId(), a.getEligible());
        if (eligible.isEmpty()) {
            return UnplannedReason.NO_ELIGIBLE_RESOURCE;
        }
        if (!a.isRequired()) {
            return UnplannedReason.VOLUNTARY_NOT_PLANNED;
        }
        if (a.getSlotRange().isEmpty()) {
            return UnplannedReason.NO_START_WITHIN_HORIZON;
        }
        boolean room = false;
        for (Slot s : a.getSlotRange()) {
            if (occupancy.hasRoom(s)) {
                room = true;
                if (a.isHousing() || occupancy.fitsHours(a, s)) {
                    return UnplannedReason.SEARCH_STOPPED_EARLY;
                }
            }
        }
        if (room) {
            return UnplannedReason.WEEKLY_HOURS_FULL;
        }
        return a.getSlotRange().stream().allMatch(s -> s.startWeek() > a.getDeadlineWeek())
                ? UnplannedReason.DEADLINE_CANNOT_BE_MET : UnplannedReason.CAPACITY_EXHAUSTED;
    }

    /** Who holds each resource in each week, and each person's hours per week, in the final plan. */
    private static final class Occupancy {
        private final Map<String, int[]> used = new HashMap<>();
        private final Map<String, List<Slot>> byPerson = new HashMap<>();
        private final int weeks;

        Occupancy(PlanningSchedule schedule) {
            weeks = schedule.occupancyWeeks();
            for (TrackAssignment a : schedule.getAssignments()) {
                Slot s = a.getSlot();
                if (s == null) {
                    continue;
                }
                int[] u = used.computeIfAbsent(s.resource().id(), k -> new int[weeks]);
                for (int w = s.startWeek(); w < Math.min(s.endWeek(), weeks); w++) {
                    u[w]++;
                }
                if (!a.isHousing()) {
                    byPerson.computeIfAbsent(a.getPersonId(), k -> new ArrayList<>()).add(s);
                }
            }
        }

        boolean hasRoom(Slot s) {
            int[] u = used.get(s.resource().id());
            if (u == null) {
                return true;
            }
            for (int w = s.startWeek(); w < Math.min(s.endWeek(), weeks); w++) {
                if (u[w] >= s.resource().capacity()) {
                    return false;
                }
            }
            return true;
        }

        boolean fitsHours(TrackAssignment a, Slot s) {
            for (int w = s.startWeek(); w < s.endWeek(); w++) {
                int hours = s.hoursPerWeek();
                for (Slot o : byPerson.getOrDefault(a.getPersonId(), List.of())) {
                    if (o.startWeek() <= w && w < o.endWeek()) {
                        hours += o.hoursPerWeek();
                    }
                }
                if (hours > a.getWeeklyHoursLimit()) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String explain(UnplannedReason reason) {
        return switch (reason) {
            case NO_ELIGIBLE_RESOURCE -> "No resource of an eligible kind fits at all.";
            case NO_START_WITHIN_HORIZON -> "No eligible resource allows a start within the horizon.";
            case DEADLINE_CANNOT_BE_MET -> "No eligible resource allows a start by the deadline, and every later start "
                    + "is full.";
            case WEEKLY_HOURS_FULL -> "A slot has room, but only in weeks the person's other activities already fill "
                    + "the weekly hours limit.";
            case SEARCH_STOPPED_EARLY -> "A fitting slot is free; the search stopped before it placed this track.";
            case CAPACITY_EXHAUSTED -> "Every eligible resource is full within the horizon.";
            case PRECEDING_TRACK_UNPLANNED -> "The track it waits for was not planned.";
            case ASYLUM_SEEKER_IN_HOUSEHOLD -> "An asylum seeker gets no dwelling (HV-HVV-01).";
            case VOLUNTARY_NOT_PLANNED -> "A voluntary track the plan left out.";
            case NO_FEASIBLE_SLOT_FOUND -> "The search stopped before it found a slot that keeps every hard rule; "
                    + "the track is left out so that the plan keeps them.";
        };
    }
}
