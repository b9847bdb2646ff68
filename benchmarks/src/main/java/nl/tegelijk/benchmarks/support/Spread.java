package nl.tegelijk.benchmarks.support;

import static com.google.common.base.Preconditions.checkArgument;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * The median and range of one figure over several runs (seeds), as every benchmark table reports it: noise is shown,
 * never sold as a gain. Immutable.
 *
 * @param median the median (the mean of the middle two for an even count)
 * @param min the smallest value
 * @param max the largest value
 * @param runs how many values
 */
public record Spread(double median, double min, double max, int runs) {

    /** The spread of {@code values}, at least one. */
    public static Spread of(List<Double> values) {
        checkArgument(!values.isEmpty(), "values must not be empty");
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Spread(median, v[0], v[n - 1], n);
    }

    /** {@code median (min–max)} with {@code decimals} decimals; only the median for one run. */
    public String format(int decimals) {
        String f = "%." + decimals + "f";
        return runs == 1 || min == max ? String.format(Locale.ROOT, f, median)
                : String.format(Locale.ROOT, f + " (" + f + "–" + f + ")", median, min, max);
    }

    /** The system load average over the last minute, as benchmarks record it beside their figures. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
