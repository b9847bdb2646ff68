package nl.tegelijk.planning;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * What a replan must not change: the as-of week, before which nothing new may start, and the activities that have
 * started (or whose start is recorded), which keep their resource and start week. Immutable and thread-safe.
 *
 * @param asOfWeek the first week that may still change; 0 plans from the start
 * @param housing households that have moved in
 * @param tracks language, education and work tracks that have started
 */
public record FrozenPast(int asOfWeek, List<HousingPlacement> housing, List<TrackPlacement> tracks) {
    public FrozenPast {
        checkArgument(asOfWeek >= 0, "asOfWeek (%s) must not be negative", asOfWeek);
        housing = List.copyOf(housing);
        tracks = List.copyOf(tracks);
    }

    /** Nothing frozen: plan from week 0. */
    public static FrozenPast none() {
        return new FrozenPast(0, List.of(), List.of());
    }

    /** True when an activity is frozen. */
    public boolean isEmpty() {
        return housing.isEmpty() && tracks.isEmpty();
    }
}
