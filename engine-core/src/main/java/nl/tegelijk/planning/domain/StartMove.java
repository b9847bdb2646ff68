package nl.tegelijk.planning.domain;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Moves one track to another slot of its value range (or unassigns it), or swaps the slots of two tracks with the same
 * eligible resources: the moves {@link EarlyStartMoveFactory} proposes. Every slot it sets lies in the entity's value
 * range. Immutable.
 */
final class StartMove extends AbstractMove<PlanningSchedule> {

    private final TrackAssignment entity;
    private final Slot to;
    private final TrackAssignment other;
    private final Slot otherTo;

    /** Moves {@code entity} to {@code to} ({@code null}: unassigned). */
    StartMove(TrackAssignment entity, Slot to) {
        this(entity, to, null, null);
    }

    /** Moves {@code entity} to {@code to} and, when {@code other} is not null, {@code other} to {@code otherTo}. */
    StartMove(TrackAssignment entity, Slot to, TrackAssignment other, Slot otherTo) {
        this.entity = entity;
        this.to = to;
        this.other = other;
        this.otherTo = otherTo;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<PlanningSchedule> scoreDirector) {
        return !Objects.equals(entity.getSlot(), to) || other != null && !Objects.equals(other.getSlot(), otherTo);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<PlanningSchedule> scoreDirector) {
        set(scoreDirector, entity, to);
        if (other != null) {
            set(scoreDirector, other, otherTo);
        }
    }

    private static void set(ScoreDirector<PlanningSchedule> scoreDirector, TrackAssignment e, Slot slot) {
        scoreDirector.beforeVariableChanged(e, "slot");
        e.setSlot(slot);
        scoreDirector.afterVariableChanged(e, "slot");
    }

    @Override
    public StartMove rebase(ScoreDirector<PlanningSchedule> destination) {
        return new StartMove(destination.lookUpWorkingObject(entity), to,
                other == null ? null : destination.lookUpWorkingObject(other), otherTo);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return other == null ? List.of(entity) : List.of(entity, other);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return other == null ? Collections.singletonList(to) : java.util.Arrays.asList(to, otherTo);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return other == null ? "StartMove(TrackAssignment.slot)" : "StartSwapMove(TrackAssignment.slot)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StartMove m && m.entity == entity && Objects.equals(m.to, to) && m.other == other
                && Objects.equals(m.otherTo, otherTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity.getId(), to, other == null ? null : other.getId(), otherTo);
    }

    @Override
    public String toString() {
        return entity.getId() + " {" + entity.getSlot() + " -> " + to + "}"
                + (other == null ? "" : " " + other.getId() + " {" + other.getSlot() + " -> " + otherTo + "}");
    }
}
