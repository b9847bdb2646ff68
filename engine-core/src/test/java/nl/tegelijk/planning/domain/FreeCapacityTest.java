package nl.tegelijk.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.tegelijk.model.CefrLevel;
import org.junit.jupiter.api.Test;

/** The free-capacity index answers as a scan of the booked weeks does (the scan the greedy scheduler made before). */
class FreeCapacityTest {

    private static final int WEEKS = 40;

    private static Resource resource(int capacity) {
        return new Resource("r" + capacity, ResourceKind.COURSE_GROUP, "B1_ROUTE", new nl.tegelijk.model.Location("l", "L", "D", 52.4, 4.8),
                capacity, 0, true, List.of(), 8, 12, 0, 0, false, CefrLevel.NONE, "", 0, Integer.MAX_VALUE);
    }

    /** The former scan: the first full week of the stay, then past every full week that follows it. */
    private static int scan(int[] used, int capacity, int start, int end) {
        for (int w = start; w < Math.min(end, WEEKS); w++) {
            if (used[w] >= capacity) {
                int free = w + 1;
                while (free < WEEKS && used[free] >= capacity) {
                    free++;
                }
                return free;
            }
        }
        return -1;
    }

    @Test
    void nextTryAfterFullIsTheScansAnswerForEveryStayAfterEveryBooking() {
        Random random = new Random(20261202L);
        for (int capacity : new int[] {1, 2, 3}) {
            Resource resource = resource(capacity);
            FreeCapacity index = new FreeCapacity(WEEKS, List.of());
            int[] used = new int[WEEKS];
            for (int booking = 0; booking < 60; booking++) {
                int start = random.nextInt(WEEKS + 5);
                int end = start + 1 + random.nextInt(15);
                index.book(resource, start, end);
                for (int w = start; w < Math.min(end, WEEKS); w++) {
                    used[w]++;
                }
                for (int s = 0; s < WEEKS + 3; s++) {
                    for (int e = s + 1; e < s + 20; e++) {
                        assertThat(index.of(resource).nextTryAfterFull(s, e))
                                .as("capacity %s, stay [%s, %s) after %s bookings", capacity, s, e, booking + 1)
                                .isEqualTo(scan(used, capacity, s, e));
                    }
                }
                for (int w = 0; w < WEEKS; w++) {
                    assertThat(index.of(resource).fullIn(w)).isEqualTo(used[w] >= capacity);
                }
            }
        }
    }

    @Test
    void aResourceWithNothingBookedIsFullInNoWeek() {
        FreeCapacity index = new FreeCapacity(WEEKS, List.of(resource(1)));

        assertThat(index.of(resource(1)).nextTryAfterFull(0, WEEKS)).isEqualTo(-1);
        assertThat(index.of(resource(1)).fullIn(0)).isFalse();
    }

    @Test
    void twoInstancesOfOneResourceShareTheirCounts() {
        FreeCapacity index = new FreeCapacity(WEEKS, List.of(resource(1)));
        index.book(resource(1), 4, 6);

        assertThat(index.of(resource(1)).fullIn(5)).isTrue();
    }

    @Test
    void aStayFromAFullWeekToTheEndOfTheCountedWeeksNeverFits() {
        FreeCapacity index = new FreeCapacity(WEEKS, List.of());
        Resource resource = resource(1);
        index.book(resource, 10, 100);

        assertThat(index.of(resource).nextTryAfterFull(3, 12)).isEqualTo(WEEKS);
        assertThat(index.of(resource).nextTryAfterFull(3, 10)).isEqualTo(-1);
    }
}
