package nl.tegelijk.planning.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out one shared {@link Slot} per resource and start week, so that the value ranges of thousands of entities
 * hold references, not copies. Not thread-safe: one pool per problem build.
 */
public final class SlotPool {

    private final int horizonWeeks;
    private final Map<String, Slot[]> slots = new HashMap<>();

    public SlotPool(int horizonWeeks) {
        this.horizonWeeks = horizonWeeks;
    }

    /** The slot of {@code resource} starting in {@code week}; a dwelling is held until the horizon end. */
    public Slot get(Resource resource, int week) {
        return get(resource, week, Integer.MAX_VALUE);
    }

    /**
     * The slot of {@code resource} starting in {@code week} for an option that allows spells of at most
     * {@code maxWeeks}: the stay ends after the resource's duration or the maximum, whichever comes first (an asylum
     * seeker's job of 52 weeks is a spell of 24 under WORK-AS-02). A dwelling is held until the horizon end.
     */
    public Slot get(Resource resource, int week, int maxWeeks) {
        int length = Math.min(resource.durationWeeks(), maxWeeks);
        Slot[] byWeek = slots.computeIfAbsent(resource.id() + "/" + length, k -> new Slot[horizonWeeks + 1]);
        int index = Math.min(week, horizonWeeks);
        Slot slot = byWeek[index];
        if (slot == null || slot.startWeek() != week) {
            slot = new Slot(resource, week, endWeek(resource, week, maxWeeks, horizonWeeks));
            if (week < horizonWeeks) {
                byWeek[index] = slot;
            }
        }
        return slot;
    }

    /**
     * The week after the last of a stay at {@code resource} from {@code week} for an option that allows spells of at
     * most {@code maxWeeks}: the resource's duration or the maximum, whichever comes first; a dwelling is held until
     * the horizon end.
     */
    static int endWeek(Resource resource, int week, int maxWeeks, int horizonWeeks) {
        return resource.isDwelling() ? Math.max(horizonWeeks, week + 1)
                : week + Math.min(resource.durationWeeks(), maxWeeks);
    }
}
