package nl.tegelijk.planning.domain;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Free capacity per resource and week for the greedy scan ({@link GreedyScheduler}): the participants booked in each
 * week and, as an index over them, the weeks in which the resource is full. Whether a stay fits, and the first week
 * worth trying after the full weeks that block it, is then a look-up in the full weeks' bit set instead of a scan of
 * the stay's weeks. Not thread-safe: one instance per greedy run.
 */
final class FreeCapacity {

    private final int weeks;
    private final Map<Resource, Weeks> byInstance = new IdentityHashMap<>();
    private final Map<String, Weeks> byId = new HashMap<>();

    /**
     * @param weeks the weeks counted per resource ({@link PlanningSchedule#occupancyWeeks()})
     * @param resources the problem's resources, looked up by identity (the scan asks for each eligible resource of
     *     every track; a look-up by id hashed the id each time); another instance with the same id shares its counts
     */
    FreeCapacity(int weeks, Collection<Resource> resources) {
        this.weeks = weeks;
        resources.forEach(this::of);
    }

    /** The counts of {@code resource}: no week full while nothing is booked there. */
    Weeks of(Resource resource) {
        Weeks counts = byInstance.get(resource);
        if (counts == null) {
            counts = byId.computeIfAbsent(resource.id(), k -> new Weeks(resource.capacity()));
            byInstance.put(resource, counts);
        }
        return counts;
    }

    /** Books one participant at {@code resource} in every week of {@code [start, end)} inside the counted weeks. */
    void book(Resource resource, int start, int end) {
        of(resource).book(start, Math.min(end, weeks), weeks);
    }

    /** The booked participants per week of one resource and the weeks it is full. */
    static final class Weeks {
        private final int capacity;
        private final BitSet full = new BitSet();
        private int[] used;

        private Weeks(int capacity) {
            this.capacity = capacity;
        }

        private void book(int start, int end, int weeks) {
            if (used == null) {
                used = new int[weeks];
            }
            for (int w = start; w < end; w++) {
                if (++used[w] >= capacity) {
                    full.set(w);
                }
            }
        }

        /** True when the resource is full in {@code week}. */
        boolean fullIn(int week) {
            return full.get(week);
        }

        /**
         * -1 when no week of {@code [start, end)} is full; otherwise the first week after the run of full weeks that
         * begins at the first full week of the stay (the counted weeks' end when they stay full to the end).
         */
        int nextTryAfterFull(int start, int end) {
            int first = full.nextSetBit(start);
            return first < 0 || first >= end ? -1 : full.nextClearBit(first);
        }
    }
}
