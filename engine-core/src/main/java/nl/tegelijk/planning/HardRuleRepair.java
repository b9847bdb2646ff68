package nl.tegelijk.planning;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.tegelijk.planning.constraints.justification.TrackJustification;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.Slot;
import nl.tegelijk.planning.domain.TrackAssignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a schedule keep every hard rule before it becomes a plan. A search stopped by its time or move limit returns
 * the best schedule it reached, which may still break a hard rule (a negative hard score); this takes tracks out of it
 * until none is broken. Each round it looks at the tracks that take part in a broken hard constraint (the persons or
 * households and resources its justification names) and are not pinned, ranks them by the hard penalty of the broken
 * matches they take part in, re-scores the first few exactly (a round costs a few score calculations, not one per
 * track, so a plan that breaks hundreds of tracks is repaired in seconds), and unassigns the one whose removal lifts the
 * hard score most (ties: the best score overall, then the rank), until the hard score is 0. Pinned tracks
 * (the frozen past of a replan) are never touched. Stateless and thread-safe; it mutates only the schedule it is given.
 */
final class HardRuleRepair {

    private static final Logger LOG = LoggerFactory.getLogger(HardRuleRepair.class);

    /** How many candidates a round re-scores exactly, the most promising first. */
    private static final int EXACT_PER_ROUND = 8;

    private HardRuleRepair() {
    }

    /**
     * Unassigns the fewest tracks this greedy repair finds so that {@code schedule} breaks no hard rule, and sets its
     * score.
     *
     * @return per entity id taken out, the reason {@link UnplannedReason#NO_FEASIBLE_SLOT_FOUND}; empty when the
     *         schedule already broke no hard rule
     */
    static Map<String, UnplannedReason> repair(PlanningSchedule schedule) {
        SolutionManager<PlanningSchedule, HardMediumSoftLongScore> manager = SolverFactories.solutionManager();
        HardMediumSoftLongScore score = manager.update(schedule);
        Map<String, UnplannedReason> removed = new TreeMap<>();
        while (score.hardScore() < 0) {
            List<TrackAssignment> ranked = candidates(schedule,
                    manager.analyze(schedule, ScoreAnalysisFetchPolicy.FETCH_ALL));
            TrackAssignment best = null;
            HardMediumSoftLongScore bestScore = score;
            // Re-score the most promising few exactly; the rest only when none of those lifts the hard score.
            for (int from = 0; best == null && from < ranked.size(); from += EXACT_PER_ROUND) {
                for (TrackAssignment candidate : ranked.subList(from, Math.min(ranked.size(), from + EXACT_PER_ROUND))) {
                    Slot slot = candidate.getSlot();
                    candidate.setSlot(null);
                    HardMediumSoftLongScore without = manager.update(schedule);
                    candidate.setSlot(slot);
                    if (without.hardScore() > score.hardScore() && without.compareTo(bestScore) > 0) {
                        best = candidate;
                        bestScore = without;
                    }
                }
            }
            if (best == null) {
                // Every hard penalty falls when a track taking part in it goes, so what is left is held by pinned
                // tracks: the past as it happened, which no plan can change.
                LOG.warn("Hard score ({}) left: taking out any one track that is not pinned lifts nothing",
                        score.hardScore());
                break;
            }
            best.setSlot(null);
            removed.put(best.getId(), UnplannedReason.NO_FEASIBLE_SLOT_FOUND);
            score = bestScore;
        }
        if (!removed.isEmpty()) {
            score = manager.update(schedule);
            LOG.info("Unassigned ({}) tracks that broke a hard rule; score now ({})", removed.size(), score);
        }
        return removed;
    }

    /**
     * The assigned, non-pinned tracks that take part in a broken hard constraint: those of a person or household a
     * match names, on a resource it names (on any, when it names none); the largest hard penalty taken part in first,
     * then by id.
     */
    private static List<TrackAssignment> candidates(PlanningSchedule schedule,
                                                    ScoreAnalysis<HardMediumSoftLongScore> analysis) {
        List<MatchAnalysis<HardMediumSoftLongScore>> broken = analysis.constraintMap().values().stream()
                .filter(c -> c.score().hardScore() < 0)
                .map(ConstraintAnalysis::matches).flatMap(List::stream)
                .filter(m -> m.justification() instanceof TrackJustification)
                .toList();
        Map<TrackAssignment, Long> penalty = new HashMap<>();
        for (TrackAssignment a : schedule.getAssignments()) {
            if (a.isAssigned() && !a.isPinned()) {
                long taken = broken.stream().filter(m -> takesPart(a, (TrackJustification) m.justification()))
                        .mapToLong(m -> -m.score().hardScore()).sum();
                if (taken > 0) {
                    penalty.put(a, taken);
                }
            }
        }
        return penalty.keySet().stream()
                .sorted(Comparator.comparing((TrackAssignment a) -> -penalty.get(a))
                        .thenComparing(TrackAssignment::getId))
                .toList();
    }

    private static boolean takesPart(TrackAssignment a, TrackJustification j) {
        boolean subject = j.subjectIds().contains(a.getPersonId()) || a.getParticipantIds().stream().anyMatch(j.subjectIds()::contains);
        return subject && (j.resourceIds().isEmpty() || j.resourceIds().contains(a.getSlot().resource().id()));
    }
}
