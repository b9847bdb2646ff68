package nl.tegelijk.examples.generate;

/**
 * How much capacity the generator offers against the demand it estimates from the generated population.
 *
 * <p>The factor multiplies the estimated demand of every kind of resource (dwellings, course seats, school seats,
 * placement slots) over the horizon; see {@code docs/GENERATOR.md}.
 */
public enum Pressure {
    /** Ample capacity: about one and a half times the estimated demand, most of it free early. */
    RELAXED(1.5),
    /** Tight but mostly feasible: about the estimated demand, free over the first three quarters of the horizon. */
    TIGHT(1.0),
    /** Clearly too little of every kind: about 40 % of the estimated demand, free over the whole horizon. */
    OVERCONSTRAINED(0.4);

    private final double capacityFactor;

    Pressure(double capacityFactor) {
        this.capacityFactor = capacityFactor;
    }

    /** Capacity offered per unit of estimated demand. */
    public double capacityFactor() {
        return capacityFactor;
    }

    /** The share of the horizon over which resources become free (dwellings, first course starts). */
    double releaseSpan() {
        return switch (this) {
            case RELAXED -> 0.5;
            case TIGHT -> 0.75;
            case OVERCONSTRAINED -> 1.0;
        };
    }
}
