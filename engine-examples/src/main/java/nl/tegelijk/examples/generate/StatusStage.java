package nl.tegelijk.examples.generate;

import java.time.LocalDate;
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
    /** Linked to the municipality by COA after the plan start: the flow of newcomers along the housing quota. */
    EXPECTED_ARRIVAL,
    /** Any other resident (e.g. an EU national). */
    OTHER;

    /** The stage of a person on {@code planStart}, read from the person's status and dates. */
    public static StatusStage of(Person person, LocalDate planStart) {
        if (person.expectedOn(planStart) && person.status() == ResidenceStatus.PERMIT_HOLDER) {
            return EXPECTED_ARRIVAL;
        }
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
     * The share of persons per stage (in the order of the first five stages) the generator aims at for a preset
     * (assumption, docs/GENERATOR.md): the expected arrivals, linked week after week along the housing quota over
     * the horizon, are the largest group; the backlog of linked permit holders waiting for a dwelling on the plan
     * start is larger in 2025 than in 2016.
     */
    static double[] targetShares(ResourcePreset preset) {
        return switch (preset) {
            case ZAANSTAD_2016 -> new double[] {0.25, 0.03, 0.12, 0.10, 0.50};
            case ZAANSTAD_2025 -> new double[] {0.18, 0.03, 0.22, 0.15, 0.42};
            case GENERIC -> new double[] {0.20, 0.05, 0.20, 0.15, 0.40};
        };
    }
}
