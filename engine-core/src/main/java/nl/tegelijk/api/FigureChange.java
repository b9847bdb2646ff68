package nl.tegelijk.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * How one figure of {@link IntegrationEngine#monitor} changes from the base plan to a variant's plan, over the seeds
 * of a what-if: per seed the variant's value minus the base's under the same seed, and the mean, least and most of
 * those differences, beside the spread of the base itself over the seeds (most minus least), which is the noise of
 * the solver within the time budget. Immutable and thread-safe.
 *
 * @param mean the mean difference
 * @param min the least difference
 * @param max the greatest difference
 * @param baseSpread the base plans' greatest value minus their least
 */
public record FigureChange(double mean, double min, double max, double baseSpread) {

    public FigureChange {
        checkArgument(min <= mean && mean <= max, "mean (%s) must lie between min (%s) and max (%s)", mean, min, max);
        checkArgument(baseSpread >= 0, "baseSpread (%s) must not be negative", baseSpread);
    }

    /** The change of a figure with values {@code base} and {@code variant}, one each per seed in the same order. */
    public static FigureChange of(List<Double> base, List<Double> variant) {
        checkArgument(!base.isEmpty() && base.size() == variant.size(), "base (%s values) and variant (%s values) "
                + "must hold one value per seed each", base.size(), variant.size());
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < base.size(); i++) {
            double d = variant.get(i) - base.get(i);
            sum += d;
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double spread = base.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - base.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double mean = Math.max(min, Math.min(max, sum / base.size()));
        return new FigureChange(mean, min, max, spread);
    }

    /** The same change with the sign turned: a fall in weeks as weeks gained. */
    public FigureChange negated() {
        return new FigureChange(-mean, -max, -min, baseSpread);
    }

    /**
     * True when the change stands out from the noise: every seed moves the same way (no difference is zero or of the
     * other sign) and the mean difference is larger than the base's own spread over the seeds.
     */
    public boolean beyondSpread() {
        boolean oneWay = min > 0 || max < 0;
        return oneWay && Math.abs(mean) > baseSpread;
    }
}
