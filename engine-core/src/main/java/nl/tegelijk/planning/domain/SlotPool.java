package nl.tegelijk.planning.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out one shared {@link Slot} per resource and start week, so that the value ranges of thousands of entities
 * hold references, not copies. Not thread-safe: one pool per problem build.
 */
public final class SlotPool {

    private final int horizonWeeks;
    private final Map<String, Slot> slots = new HashMap<>();

    public SlotPool(int horizonWeeks) {
        this.horizonWeeks = horizonWeeks;
    }

    /** The slot of {@code resource} starting in {@code week}; a dwelling is held until the horizon end. */
    public Slot get(Resource resource, int week) {
        return slots.computeIfAbsent(resource.id() + "@" + week, k -> new Slot(resource, week,
                resource.isDwelling() ? Math.max(horizonWeeks, week + 1) : week + resource.durationWeeks()));
    }
}
