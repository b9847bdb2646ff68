package nl.tegelijk.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.SchoolKind;

/**
 * A track the planner must (or may) schedule for a person: from when, by when, and which resource kinds qualify.
 * Housing is required per person here; the planner houses a household when its members' housing tracks allow.
 *
 * @param track the track
 * @param earliestStart the first day it may start
 * @param deadline the last day it must have started, where the law sets one
 * @param courseKinds eligible course kinds (language track)
 * @param schoolKinds eligible school kinds (education track)
 * @param placementKinds eligible placement kinds (work track)
 * @param voluntary the person may decline it (e.g. pre-integration in the reception centre); otherwise required
 * @param ruleId the rule that requires it
 */
public record TrackRequirement(TrackKind track, LocalDate earliestStart, Optional<LocalDate> deadline,
                               Set<CourseKind> courseKinds, Set<SchoolKind> schoolKinds,
                               Set<PlacementKind> placementKinds, boolean voluntary, String ruleId) {
    public TrackRequirement {
        requireNonNull(track, "track");
        requireNonNull(earliestStart, "earliestStart");
        requireNonNull(deadline, "deadline");
        courseKinds = Set.copyOf(courseKinds);
        schoolKinds = Set.copyOf(schoolKinds);
        placementKinds = Set.copyOf(placementKinds);
        requireNonNull(ruleId, "ruleId");
        checkArgument(track != TrackKind.LANGUAGE || !courseKinds.isEmpty(), "a language track needs course kinds");
        checkArgument(track != TrackKind.EDUCATION || !schoolKinds.isEmpty(), "an education track needs school kinds");
        checkArgument(track != TrackKind.WORK || !placementKinds.isEmpty(), "a work track needs placement kinds");
    }

}
