package nl.tegelijk.examples.generate;

/**
 * The map and resource mix the generator uses: the locations, the providers and the housing quota.
 *
 * <p>The law that applies (Wi2013 or Wi2021) follows from the plan start, not from the preset.
 */
public enum ResourcePreset {
    /** A generic municipality: neutral district names around a centre, quota in proportion to the population. */
    GENERIC,
    /**
     * Zaanstad around 2016: its districts (no dwellings in Poelenburg and Peldersveld), the permit-holder location and
     * the Hembrug emergency shelter, regional courses in Purmerend and Amsterdam, the 2016 quota of 383.
     */
    ZAANSTAD_2016,
    /**
     * Zaanstad around 2025 under the Wet inburgering 2021: the same districts, one COA reception location, no
     * emergency shelter, recent quota figures (DOMAIN.md 8.2). An addition to the two presets the brief named.
     */
    ZAANSTAD_2025
}
