package nl.tegelijk.planning.domain;

import static java.util.Objects.requireNonNull;

import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.planning.UnplannedReason;

/**
 * A required track for which no planning entity was made, with the reason.
 *
 * @param subjectId the person, or the household for housing
 * @param track the track
 * @param reason why
 */
public record ExcludedTrack(String subjectId, TrackKind track, UnplannedReason reason) {
    public ExcludedTrack {
        requireNonNull(subjectId, "subjectId");
        requireNonNull(track, "track");
        requireNonNull(reason, "reason");
    }
}
