package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded draws for the generator: one sequence per scenario, consumed in a fixed order. Not thread-safe; each
 * generation owns its own instance.
 */
final class Draw {
    private final SplittableRandom random;

    Draw(SplittableRandom random) {
        this.random = random;
    }

    Draw(long seed) {
        this(new SplittableRandom(seed));
    }

    /** An independent sequence (for example for gender, so that it never shifts any other draw). */
    Draw split() {
        return new Draw(random.split());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in [low, high], both included. */
    int between(int low, int high) {
        return low >= high ? low : low + random.nextInt(high - low + 1);
    }

    double uniform() {
        return random.nextDouble();
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A day {@code weeksLow..weeksHigh} weeks (plus 0–6 days) before {@code date}. */
    LocalDate weeksBefore(LocalDate date, int weeksLow, int weeksHigh) {
        return date.minusWeeks(between(weeksLow, weeksHigh)).minusDays(between(0, 6));
    }

    /** A day {@code weeksLow..weeksHigh} weeks (plus 0–6 days) after {@code date}. */
    LocalDate weeksAfter(LocalDate date, int weeksLow, int weeksHigh) {
        return date.plusWeeks(between(weeksLow, weeksHigh)).plusDays(between(0, 6));
    }
}
