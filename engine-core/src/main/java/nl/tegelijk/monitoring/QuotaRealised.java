package nl.tegelijk.monitoring;

import static java.util.Objects.requireNonNull;

/**
 * Persons housed in one half-year against its housing quota (<i>taakstelling</i>). Immutable and thread-safe.
 *
 * @param label e.g. {@code 2016-H1}
 * @param housed persons who moved in within the half-year
 * @param quota the quota
 */
public record QuotaRealised(String label, int housed, int quota) {
    public QuotaRealised {
        requireNonNull(label, "label");
    }

    /** Housed as a share of the quota in whole percent, e.g. {@code 75%}; {@code -} when the quota is 0. */
    public String percentText() {
        return quota == 0 ? "-" : Math.round(100.0 * housed / quota) + "%";
    }
}
