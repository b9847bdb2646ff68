package nl.tegelijk.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.tegelijk.assessment.TrackKind;

/**
 * What a replan must not change: the as-of week, before which nothing new may start, and the activities that have
 * started (or whose start is recorded), which keep their resource and start week. Immutable and thread-safe.
 *
 * @param asOfWeek the first week that may still change; 0 plans from the start
 * @param started the activities that never move
 */
public record FrozenPast(int asOfWeek, List<Started> started) {
    public FrozenPast {
        checkArgument(asOfWeek >= 0, "asOfWeek (%s) must not be negative", asOfWeek);
        started = List.copyOf(started);
    }

    /** Nothing frozen: plan from week 0. */
    public static FrozenPast none() {
        return new FrozenPast(0, List.of());
    }

    /**
     * An activity that has started.
     *
     * @param subjectId the person, or the household for housing
     * @param track the track
     * @param resourceId the dwelling, course group, school class or placement
     * @param startWeek the week it started
     * @param ruleId the option it meets (the requirement's rule id; for housing the household's option)
     */
    public record Started(String subjectId, TrackKind track, String resourceId, int startWeek, String ruleId) {
        public Started {
            requireNonNull(subjectId, "subjectId");
            requireNonNull(track, "track");
            requireNonNull(resourceId, "resourceId");
            checkArgument(startWeek >= 0, "startWeek (%s) must not be negative", startWeek);
            requireNonNull(ruleId, "ruleId");
        }

        /** The id of the planning entity it pins. */
        public String entityId() {
            return nl.tegelijk.planning.domain.TrackAssignment.idOf(track, subjectId, ruleId);
        }

        /** The housing of {@code h}. */
        public static Started of(HousingPlacement h) {
            return new Started(h.householdId(), TrackKind.HOUSING, h.dwellingId(), h.moveInWeek(),
                    TrackKind.HOUSING.name());
        }

        /** The track {@code t}. */
        public static Started of(TrackPlacement t) {
            return new Started(t.personId(), t.track(), t.resourceId(), t.startWeek(), t.ruleId());
        }
    }
}
