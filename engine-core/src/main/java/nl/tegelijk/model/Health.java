package nl.tegelijk.model;

import java.util.Optional;

/**
 * The minimal health and care facts the rules need. Special-category data under the GDPR (art. 9): never logged.
 *
 * @param maxHoursPerWeek a limit on weekly activity hours set by a physician or care provider, when there is one
 * @param permanentImpairment a permanent psychological or physical impairment or intellectual disability
 * @param mentalHealthConcern a concern found at intake that needs a referral (GGD, mental-health care)
 * @param tbScreeningDone the mandatory TB screening on arrival has been done (HLTH-TBC-01)
 */
public record Health(Optional<Integer> maxHoursPerWeek, boolean permanentImpairment, boolean mentalHealthConcern,
                     boolean tbScreeningDone) {
    public Health {
        RecordCheck check = RecordCheck.unnamed("health");
        maxHoursPerWeek = check.optional(maxHoursPerWeek, "maxHoursPerWeek");
        maxHoursPerWeek.ifPresent(h -> check.notNegative(h, "maxHoursPerWeek"));
        check.done();
    }

    /** No limits and no concerns. */
    public static Health none() {
        return new Health(Optional.empty(), false, false, true);
    }
}
