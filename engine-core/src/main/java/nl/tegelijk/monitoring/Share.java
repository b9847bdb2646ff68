package nl.tegelijk.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A count out of a total, e.g. children at school within the legal term of all children who need school. Immutable
 * and thread-safe.
 *
 * @param count the persons who meet the figure
 * @param of the persons it is counted over
 */
public record Share(int count, int of) {
    public Share {
        checkArgument(count >= 0 && count <= of, "count (%s) must lie between 0 and of (%s)", count, of);
    }

    /** The share in whole percent, 0 when the total is 0. */
    public int percent() {
        return (int) Math.round(exactPercent());
    }

    /** The share in percent, not rounded; 0 when the total is 0. */
    public double exactPercent() {
        return of == 0 ? 0.0 : 100.0 * count / of;
    }
}
