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
 */
public record Replan(PlanState state, int asOfWeek, List<PlanMove> moves) {
    public Replan {
        requireNonNull(state, "state");
        moves = List.copyOf(moves);
    }
}
