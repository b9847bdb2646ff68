package nl.tegelijk.planning.domain;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Free capacity per resource and week for the greedy scan ({@link GreedyScheduler}): the participants booked in each
 * week and, as an index over them, the weeks in which the resource is full. Whether a stay fits, and the first week
 * worth trying after the full weeks that block it, is then a look-up in the full weeks' bit set instead of a scan of
 * the stay's weeks. Not thread-safe: one instance per greedy run.
 */
final class FreeCapacity {

    private final int weeks;
    private final Map<String, Weeks> byResource = new HashMap<>();

    /** @param weeks the weeks counted per resource ({@link PlanningSchedule#occupancyWeeks()}) */
    FreeCapacity(int weeks) {
        this.weeks = weeks;
    }

    /** The counts of {@code resource}, or {@code null} while nothing is booked there. */
    Weeks of(Resource resource) {
        return byResource.get(resource.id());
    }

    /** Books one participant at {@code resource} in every week of {@code [start, end)} inside the counted weeks. */
    void book(Resource resource, int start, int end) {
        byResource.computeIfAbsent(resource.id(), k -> new Weeks(new int[weeks], resource.capacity()))
                .book(start, Math.min(end, weeks));
    }

    /** The booked participants per week of one resource and the weeks it is full. */
    static final class Weeks {
        private final int[] used;
        private final int capacity;
        private final BitSet full = new BitSet();

        private Weeks(int[] used, int capacity) {
            this.used = used;
            this.capacity = capacity;
        }

        private void book(int start, int end) {
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
