package nl.tegelijk.api;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import nl.tegelijk.assessment.TrackKind;

/**
 * One track whose slot a replan changed: planned, moved or dropped, and why. Immutable and thread-safe.
 *
 * @param subjectId the person, or the household for housing
 * @param track the track
 * @param from the slot before, empty when it was not planned
 * @param to the slot now, empty when it is no longer planned
 * @param reason why
 * @param ranThroughWeek for an activity left early ({@link Reason#LEFT_EARLY}): the last week it ran, so that the
 *     {@code from} slot shows as the shortened run it was (from its start week through this week); empty otherwise
 */
public record PlanMove(String subjectId, TrackKind track, Optional<Slot> from, Optional<Slot> to, Reason reason,
                       Optional<Integer> ranThroughWeek) {
    public PlanMove {
        requireNonNull(subjectId, "subjectId");
        requireNonNull(track, "track");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(reason, "reason");
        requireNonNull(ranThroughWeek, "ranThroughWeek");
    }

    /** A move of a track that was not left early. */
    public PlanMove(String subjectId, TrackKind track, Optional<Slot> from, Optional<Slot> to, Reason reason) {
        this(subjectId, track, from, to, reason, Optional.empty());
    }

    /**
     * A resource and the week a track starts there.
     *
     * @param resourceId the dwelling, course group, school class or placement
     * @param startWeek the start week (move-in week for housing)
     */
    public record Slot(String resourceId, int startWeek) {
        public Slot {
            requireNonNull(resourceId, "resourceId");
        }
    }

    /** Why a track moved, the first that applies in this order. */
    public enum Reason {
        /** Its actual start was recorded (also a start that happened late, or elsewhere than planned). */
        ACTUAL_START_RECORDED,
        /** The start the plan had in the past week did not happen; it is planned again. */
        START_MISSED,
        /** The person left the activity before its end; the track is planned again if still needed. */
        LEFT_EARLY,
        /** Its resource was withdrawn, cancelled or ended. */
        RESOURCE_WITHDRAWN,
        /** The person left (for housing: the household's last member). */
        SUBJECT_LEFT,
        /** The person's or household's situation changed (arrival, permit, link, household) and was re-assessed. */
        SUBJECT_CHANGED,
        /** Nothing changed for it: the solver moved it for a better plan as a whole, e.g. to make room for others. */
        REOPTIMISED
    }
}
