package nl.tegelijk.planning.domain;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * The planning solution: all tracks of all persons with the resources, participants and quota periods they are scored
 * against. Mutable (by the solver) and not thread-safe.
 */
@PlanningSolution
public class PlanningSchedule {

    private int horizonWeeks;
    @ProblemFactCollectionProperty
    private List<Resource> resources;
    @ProblemFactCollectionProperty
    private List<Participant> participants;
    @ProblemFactCollectionProperty
    private List<QuotaPeriod> quotaPeriods;
    @PlanningEntityCollectionProperty
    private List<TrackAssignment> assignments;
    @PlanningScore
    private HardMediumSoftLongScore score;
    private GreedyScheduler.Policy warmStartPolicy;

    /** For Timefold's cloning only. */
    public PlanningSchedule() {
    }

    public PlanningSchedule(int horizonWeeks, List<Resource> resources, List<Participant> participants,
                            List<QuotaPeriod> quotaPeriods, List<TrackAssignment> assignments) {
        this.horizonWeeks = horizonWeeks;
        this.resources = resources;
        this.participants = participants;
        this.quotaPeriods = quotaPeriods;
        this.assignments = assignments;
    }

    public int getHorizonWeeks() {
        return horizonWeeks;
    }

    /**
     * The weeks an occupancy count per resource must cover: the horizon plus the longest activity. Two activities
     * that start inside the horizon and overlap do so inside it, so never more than twice the horizon (a duration
     * from input may be huge).
     */
    public int occupancyWeeks() {
        int longest = resources.stream().mapToInt(Resource::durationWeeks).max().orElse(1);
        return horizonWeeks + Math.min(longest, horizonWeeks) + 1;
    }

    public List<Resource> getResources() {
        return resources;
    }

    public List<Participant> getParticipants() {
        return participants;
    }

    public List<QuotaPeriod> getQuotaPeriods() {
        return quotaPeriods;
    }

    public List<TrackAssignment> getAssignments() {
        return assignments;
    }

    /** The policy of the solver's warm-start phase ({@link WarmStartPhase}); empty: no warm start. */
    public java.util.Optional<GreedyScheduler.Policy> getWarmStartPolicy() {
        return java.util.Optional.ofNullable(warmStartPolicy);
    }

    /** Sets the warm-start policy; {@code null} for none. */
    public void setWarmStartPolicy(GreedyScheduler.Policy policy) {
        this.warmStartPolicy = policy;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
