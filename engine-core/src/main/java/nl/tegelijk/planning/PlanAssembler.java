package nl.tegelijk.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.ArrayList;
import java.util.Comparator;
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
     * Scores and converts.
     *
     * @param reasonOverrides per entity id a reason that beats the derived one (e.g. a preceding track unplanned)
     */
    public static Plan assemble(Scenario scenario, PlanningProblem problem, PlanMethod method,
                                Map<String, UnplannedReason> reasonOverrides, boolean explainPerPerson) {
        PlanningSchedule schedule = problem.schedule();
        SolutionManager<PlanningSchedule, HardMediumSoftLongScore> manager = SolverFactories.solutionManager();
        ScoreAnalysis<HardMediumSoftLongScore> analysis = manager.analyze(schedule,
                explainPerPerson ? ScoreAnalysisFetchPolicy.FETCH_ALL : ScoreAnalysisFetchPolicy.FETCH_MATCH_COUNT);
        HardMediumSoftLongScore score = analysis.score();
        WeekCalendar calendar = problem.calendar();
        List<HousingPlacement> housing = new ArrayList<>();
        List<TrackPlacement> tracks = new ArrayList<>();
        List<UnplannedTrack> unplanned = new ArrayList<>();
        for (TrackAssignment a : schedule.getAssignments()) {
            Slot slot = a.getSlot();
            if (slot == null) {
                UnplannedReason reason = reasonOverrides.getOrDefault(a.getId(), reasonFor(problem, a));
                unplanned.add(new UnplannedTrack(a.getPersonId(), a.getTrack(), a.isRequired(), reason,
                        explain(reason)));
            } else if (a.isHousing()) {
                housing.add(new HousingPlacement(a.getHouseholdId(), a.getParticipantIds(), slot.resource().id(),
                        slot.startWeek(), calendar.dateOf(slot.startWeek())));
            } else {
                tracks.add(new TrackPlacement(a.getPersonId(), a.getTrack(), slot.resource().id(), slot.startWeek(),
                        calendar.dateOf(slot.startWeek()), slot.endWeek(), slot.hoursPerWeek()));
            }
        }
        problem.excluded().forEach(x -> unplanned.add(new UnplannedTrack(x.subjectId(), x.track(), true, x.reason(),
                explain(x.reason()))));
        housing.sort(Comparator.comparing(HousingPlacement::householdId));
        tracks.sort(Comparator.comparing(TrackPlacement::personId).thenComparing(TrackPlacement::track));
        unplanned.sort(Comparator.comparing(UnplannedTrack::subjectId).thenComparing(UnplannedTrack::track));
        return new Plan(scenario.name(), scenario.planStart(), scenario.horizonWeeks(), method, housing, tracks,
                unplanned, toPlanScore(score), explanation(analysis, explainPerPerson));
    }

    static PlanScore toPlanScore(HardMediumSoftLongScore score) {
        return new PlanScore(score.hardScore(), score.mediumScore(), score.softScore(), score.isFeasible());
    }

    private static ScoreExplanation explanation(ScoreAnalysis<HardMediumSoftLongScore> analysis, boolean perPerson) {
        List<ScoreExplanation.ConstraintScore> constraints = new ArrayList<>();
        Map<String, List<String>> remarks = new TreeMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> c : analysis.constraintMap().values()) {
            HardMediumSoftLongScore w = c.weight();
            String level = w.hardScore() != 0 ? "hard" : w.mediumScore() != 0 ? "medium" : "soft";
            long weight = w.hardScore() != 0 ? w.hardScore() : w.mediumScore() != 0 ? w.mediumScore() : w.softScore();
            long impact = level.equals("hard") ? c.score().hardScore()
                    : level.equals("medium") ? c.score().mediumScore() : c.score().softScore();
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

    private static UnplannedReason reasonFor(PlanningProblem problem, TrackAssignment a) {
        List<Resource> eligible = problem.eligible().get(a.getId());
        if (eligible.isEmpty()) {
            return UnplannedReason.NO_ELIGIBLE_RESOURCE;
        }
        if (!a.isRequired()) {
            return UnplannedReason.VOLUNTARY_NOT_PLANNED;
        }
        List<Integer> starts = eligible.stream().map(r -> problem.firstAllowedStart(a, r, 0)).filter(w -> w >= 0)
                .toList();
        if (starts.isEmpty()) {
            return UnplannedReason.NO_START_WITHIN_HORIZON;
        }
        if (starts.stream().allMatch(w -> w > a.getDeadlineWeek())) {
            return UnplannedReason.DEADLINE_CANNOT_BE_MET;
        }
        return UnplannedReason.CAPACITY_EXHAUSTED;
    }

    private static String explain(UnplannedReason reason) {
        return switch (reason) {
            case NO_ELIGIBLE_RESOURCE -> "No resource of an eligible kind fits at all.";
            case NO_START_WITHIN_HORIZON -> "No eligible resource allows a start within the horizon.";
            case DEADLINE_CANNOT_BE_MET -> "No eligible resource allows a start by the deadline; later ones are full.";
            case CAPACITY_EXHAUSTED -> "Every eligible resource is full within the horizon.";
            case PRECEDING_TRACK_UNPLANNED -> "The track it waits for was not planned.";
            case ASYLUM_SEEKER_IN_HOUSEHOLD -> "An asylum seeker gets no dwelling (HV-HVV-01).";
            case VOLUNTARY_NOT_PLANNED -> "A voluntary track the plan left out.";
        };
    }
}
