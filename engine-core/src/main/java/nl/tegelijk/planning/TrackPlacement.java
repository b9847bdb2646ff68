package nl.tegelijk.planning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.tegelijk.assessment.TrackKind;

/**
 * A language, education or work track planned for one person.
 *
 * @param personId the person
 * @param track the track
 * @param resourceId the course group, school class or placement
 * @param startWeek the week it starts
 * @param startDate the first day of that week
 * @param endWeek the first week after it (may lie beyond the horizon)
 * @param hoursPerWeek hours per week while it lasts
 * @param ruleId the option it meets: the rule id of the assessment's requirement (a person may have several options
 *     of one track, e.g. pre-integration beside the legal course)
 */
public record TrackPlacement(String personId, TrackKind track, String resourceId, int startWeek, LocalDate startDate,
                             int endWeek, int hoursPerWeek, String ruleId) {
    public TrackPlacement {
        requireNonNull(personId, "personId");
        requireNonNull(track, "track");
        requireNonNull(resourceId, "resourceId");
        requireNonNull(startDate, "startDate");
        requireNonNull(ruleId, "ruleId");
    }

}
