package nl.tegelijk.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedTrack;

/**
 * One person's part of a plan, with the score analysis lines that concern the person (and the household's housing).
 * Immutable and thread-safe.
 *
 * @param personId the person
 * @param housing the household's housing, when planned
 * @param tracks the person's planned language, education and work tracks with their slots
 * @param unplanned the person's tracks left unplanned, with the reason
 * @param remarks the score analysis lines for the person and the household's housing, e.g. waiting weeks
 * @param whyNotEarlier per track a line with its place and start, then indented lines: the earliest start the
 *     assessment allows and, per span of earlier weeks, what stood in the way; in the language asked for
 */
public record PersonExplanation(String personId, Optional<HousingPlacement> housing, List<TrackPlacement> tracks,
                                List<UnplannedTrack> unplanned, List<String> remarks, List<String> whyNotEarlier) {
    public PersonExplanation {
        requireNonNull(personId, "personId");
        requireNonNull(housing, "housing");
        tracks = List.copyOf(tracks);
        unplanned = List.copyOf(unplanned);
        remarks = List.copyOf(remarks);
        whyNotEarlier = List.copyOf(whyNotEarlier);
    }
}
