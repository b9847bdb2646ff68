package nl.tegelijk.api;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of a replan: the new scenario, assessments and plan, and every track that moved with its reason.
 * Immutable and thread-safe.
 *
 * @param state the new scenario, assessments and plan
 * @param asOfWeek the first week the replan could change; everything that started before it kept its slot
 * @param moves the tracks planned, moved or dropped, sorted by subject and track
 * @param changes the batch it applied, which also says what happened in the past week (the replan check compares
 *     with the past as reported)
 */
public record Replan(PlanState state, int asOfWeek, List<PlanMove> moves, List<Change> changes) {
    public Replan {
        requireNonNull(state, "state");
        moves = List.copyOf(moves);
        changes = List.copyOf(changes);
    }

    /** A replan whose batch reported nothing about the past week. */
    public Replan(PlanState state, int asOfWeek, List<PlanMove> moves) {
        this(state, asOfWeek, moves, List.of());
    }
}
