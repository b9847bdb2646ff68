package nl.tegelijk.planning;

import static java.util.Objects.requireNonNull;

import nl.tegelijk.assessment.TrackKind;

/**
 * A track left unplanned, with the reason in a code and in words.
 *
 * @param subjectId the person, or the household for housing
 * @param track the track
 * @param required false for a voluntary track
 * @param reason why
 * @param explanation the reason in one plain sentence
 * @param ruleId the option left unplanned: the rule id of the assessment's requirement
 */
public record UnplannedTrack(String subjectId, TrackKind track, boolean required, UnplannedReason reason,
                             String explanation, String ruleId) {
    public UnplannedTrack {
        requireNonNull(subjectId, "subjectId");
        requireNonNull(track, "track");
        requireNonNull(reason, "reason");
        requireNonNull(explanation, "explanation");
        requireNonNull(ruleId, "ruleId");
    }

}
