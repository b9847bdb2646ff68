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
 * One option the law opens for a person, as the rules decided it: which track, which resource kinds, from when, by
 * when, for how long at most, voluntary or required, and the one rule that opened it. A person may hold several
 * options of one track kind (voluntary pre-integration beside the legal course; volunteer work beside paid work that
 * opens six months later); each is planned on its own and only a resource of its own kinds meets it. Housing: each
 * member of a household holds the household's option, with the household's dates. Immutable and thread-safe.
 *
 * @param track the track
 * @param earliestStart the first day it may start
 * @param deadline the last day it must have started, where the law sets one
 * @param courseKinds eligible course kinds (language track)
 * @param schoolKinds eligible school kinds (education track)
 * @param placementKinds eligible placement kinds (work track)
 * @param voluntary the person may decline it (e.g. pre-integration in the reception centre); otherwise required
 * @param ruleId the rule that opened it; unique among the person's options (one rule, one id)
 * @param maxWeeks the longest spell the law allows, if it sets one (e.g. WORK-AS-02: 24 weeks in 52)
 * @param minor the rules opened it for a minor (compulsory schooling comes first)
 */
public record TrackRequirement(TrackKind track, LocalDate earliestStart, Optional<LocalDate> deadline,
                               Set<CourseKind> courseKinds, Set<SchoolKind> schoolKinds,
                               Set<PlacementKind> placementKinds, boolean voluntary, String ruleId,
                               Optional<Integer> maxWeeks, boolean minor) {
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
        requireNonNull(maxWeeks, "maxWeeks");
        checkArgument(maxWeeks.map(w -> w > 0).orElse(true), "maxWeeks (%s) of option (%s) must be positive",
                maxWeeks, ruleId);
    }

    /** An option without a maximum spell that the rules did not open for a minor (most adult options). */
    public TrackRequirement(TrackKind track, LocalDate earliestStart, Optional<LocalDate> deadline,
                            Set<CourseKind> courseKinds, Set<SchoolKind> schoolKinds,
                            Set<PlacementKind> placementKinds, boolean voluntary, String ruleId) {
        this(track, earliestStart, deadline, courseKinds, schoolKinds, placementKinds, voluntary, ruleId,
                Optional.empty(), false);
    }

    /**
     * This option as it stands for a person who only comes on {@code day}: opening no earlier than that day, and, when
     * its deadline fell before that day (a term that ran while the person was elsewhere), due by {@code dueBy} instead;
     * unchanged when it opens on or after {@code day}.
     */
    public TrackRequirement openingOn(LocalDate day, LocalDate dueBy) {
        requireNonNull(day, "day");
        requireNonNull(dueBy, "dueBy");
        if (!earliestStart.isBefore(day)) {
            return this;
        }
        return new TrackRequirement(track, day, deadline.map(d -> d.isBefore(day) ? dueBy : d), courseKinds,
                schoolKinds, placementKinds, voluntary, ruleId, maxWeeks, minor);
    }
}
