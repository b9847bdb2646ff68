package nl.tegelijk.scenario;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The age bands of the scenario summary and of the council report: under school age, primary-school age, secondary
 * age (ISK), young adults, working age, and from about the state-pension age (<i>AOW-leeftijd</i>). Bands are whole
 * years on the plan start; the bounds are reporting bands, not legal thresholds (those live in the rules).
 */
public enum AgeBand {
    AGE_0_4(0, 4),
    AGE_5_11(5, 11),
    AGE_12_17(12, 17),
    AGE_18_26(18, 26),
    AGE_27_66(27, 66),
    AGE_67_PLUS(67, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The youngest age in the band, in whole years. */
    public int from() {
        return from;
    }

    /** The oldest age in the band, in whole years ({@link Integer#MAX_VALUE} for the last band). */
    public int to() {
        return to;
    }

    /** A label such as {@code 12-17} or {@code 67+}. */
    public String label() {
        return to == Integer.MAX_VALUE ? from + "+" : from + "-" + to;
    }

    /** The band of an age in whole years. */
    public static AgeBand of(int age) {
        checkArgument(age >= 0, "age (%s) must not be negative", age);
        for (AgeBand band : values()) {
            if (age <= band.to) {
                return band;
            }
        }
        throw new IllegalStateException("No age band holds age " + age);
    }
}
