package nl.tegelijk.examples.generate;

import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;

/** Where a person stands on the plan start, as the generator's status mix counts it. */
public enum StatusStage {
    /** Asylum application pending, in COA reception. */
    ASYLUM_SEEKER,
    /** Permit granted, not yet linked to the municipality (<i>koppeling</i>). */
    PERMIT_NOT_LINKED,
    /** Linked to the municipality and waiting for a dwelling: the largest group. */
    LINKED_WAITING,
    /** Arrived in the municipality earlier (registered there): not only recent newcomers. */
    ARRIVED_EARLIER,
    /** Any other resident (e.g. an EU national). */
    OTHER;

    /** The stage of a person, read from the person's status and dates. */
    public static StatusStage of(Person person) {
        if (person.status() == ResidenceStatus.ASYLUM_SEEKER) {
            return ASYLUM_SEEKER;
        }
        if (person.status() != ResidenceStatus.PERMIT_HOLDER) {
            return OTHER;
        }
        if (person.arrivalInMunicipalityDate().isPresent()) {
            return ARRIVED_EARLIER;
        }
        return person.linkedToMunicipalityDate().isPresent() ? LINKED_WAITING : PERMIT_NOT_LINKED;
    }

    /**
     * The share of persons per stage the generator aims at for a preset (assumption; DOMAIN.md gives no published
     * split): linked permit holders waiting for a dwelling are the largest group.
     */
    static double[] targetShares(ResourcePreset preset) {
        return switch (preset) {
            case ZAANSTAD_2016 -> new double[] {0.36, 0.06, 0.38, 0.20};
            case ZAANSTAD_2025 -> new double[] {0.25, 0.05, 0.40, 0.30};
            case GENERIC -> new double[] {0.25, 0.07, 0.40, 0.28};
        };
    }
}
