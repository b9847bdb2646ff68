package nl.tegelijk.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Collection;
import java.util.List;

/**
 * A number of weeks over a group of persons: how many, their total, mean, median and 90th percentile (nearest rank).
 * Immutable and thread-safe.
 *
 * @param count persons counted
 * @param total the sum of their weeks
 * @param median the median (nearest rank), 0 when none are counted
 * @param p90 the 90th percentile (nearest rank), 0 when none are counted
 */
public record Distribution(int count, long total, int median, int p90) {
    public Distribution {
        checkArgument(count >= 0, "count (%s) must not be negative", count);
    }

    /** The distribution of {@code weeks}, one value per person. */
    public static Distribution of(Collection<Integer> weeks) {
        List<Integer> sorted = weeks.stream().sorted().toList();
        long total = sorted.stream().mapToLong(Integer::longValue).sum();
        return new Distribution(sorted.size(), total, rank(sorted, 0.5), rank(sorted, 0.9));
    }

    /** The mean, 0 when none are counted. */
    public double mean() {
        return count == 0 ? 0 : (double) total / count;
    }

    private static int rank(List<Integer> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
