package nl.tegelijk.examples.generate;

import nl.tegelijk.model.EducationLevel;

/**
 * Household and schooling patterns of a group of origins. The weights are tuned so that the generated shares match
 * the published figures where there are any (DOMAIN.md 8.3); the rest are assumptions listed in docs/GENERATOR.md.
 */
enum HouseholdProfile {
    /**
     * Syrians: almost 40 % minors, families, three in ten brought family over (nareis). Minor ages 0–3 / 4–11 /
     * 12–17 as 1.8k / 6.1k / 3.4k of 11.3k (CBS 2016).
     */
    FAMILIES(new double[] {0.50, 0.07, 0.18, 0.05, 0.025, 0.175}, 0.80,
            new double[] {0.04, 0.21, 0.23, 0.21, 0.09, 0.22}),
    /** Eritreans and similar: mostly single adults, a quarter minors, mostly 15–17 and often unaccompanied. */
    SINGLES_AND_MINORS(new double[] {0.72, 0.05, 0.02, 0.015, 0.185, 0.01}, 0.75,
            new double[] {0.11, 0.28, 0.27, 0.20, 0.07, 0.07}),
    /** Iraq, Afghanistan, Iran, Turkey, Yemen (assumption): between the two. */
    MIXED(new double[] {0.56, 0.08, 0.17, 0.05, 0.04, 0.10}, 0.70,
            new double[] {0.06, 0.21, 0.23, 0.23, 0.10, 0.17});

    private final double[] typeWeights;
    private final double singleMaleShare;
    private final double[] schoolingWeights;

    HouseholdProfile(double[] typeWeights, double singleMaleShare, double[] schoolingWeights) {
        this.typeWeights = typeWeights;
        this.singleMaleShare = singleMaleShare;
        this.schoolingWeights = schoolingWeights;
    }

    /** Weights of {@link HouseholdType} values, in declaration order. */
    double[] typeWeights() {
        return typeWeights.clone();
    }

    /** Share of men among adults living without a partner (reporting only; no rule reads gender). */
    double singleMaleShare() {
        return singleMaleShare;
    }

    /** Weights of {@link EducationLevel} values for adults, in declaration order. */
    double[] schoolingWeights() {
        return schoolingWeights.clone();
    }

    /** Children in a family with two parents: 1 to 5 (assumption, mean about 2.5). */
    static final double[] FAMILY_CHILDREN = {0.25, 0.30, 0.25, 0.13, 0.07};
    /** Children of a single parent: 1 to 4 (assumption, mean about 2). */
    static final double[] SINGLE_PARENT_CHILDREN = {0.40, 0.35, 0.15, 0.10};
    /** Children joining a permit holder: 0 to 5 (assumption). */
    static final double[] JOINING_CHILDREN = {0.15, 0.22, 0.25, 0.20, 0.12, 0.06};
    /** Share of joining families in which a partner joins too (assumption). */
    static final double JOINING_PARTNER = 0.9;

    /** The expected number of persons in a household of this profile, to weigh origins by persons, not households. */
    double expectedSize() {
        double[] sizes = {1, 2, 2 + mean(FAMILY_CHILDREN, 1), 1 + mean(SINGLE_PARENT_CHILDREN, 1), 1,
                1 + JOINING_PARTNER + mean(JOINING_CHILDREN, 0)};
        double total = 0;
        double weight = 0;
        for (int i = 0; i < sizes.length; i++) {
            total += typeWeights[i] * sizes[i];
            weight += typeWeights[i];
        }
        return total / weight;
    }

    private static double mean(double[] weights, int first) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (first + i);
            total += weights[i];
        }
        return sum / total;
    }
}
