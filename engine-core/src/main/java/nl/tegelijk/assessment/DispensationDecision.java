package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import nl.tegelijk.model.Dispensation;

/**
 * Which dispensation (<i>ontheffing</i>) ends the duty, and whether it is enough for naturalisation: a medical
 * dispensation (Wi2013 art. 6 lid 1 a, Wi2021 art. 5 lid 1 a) counts as meeting the integration requirement of the
 * naturalisation procedure; a dispensation for demonstrable effort (Wi2013 only) or for special individual
 * circumstances (Wi2021) does not (WI13-ONTH-01, WI21-ONTH-01).
 *
 * @param ground the dispensation's ground
 * @param sufficientForNaturalisation whether it counts for naturalisation
 * @param ruleId the rule that decided it
 */
public record DispensationDecision(Dispensation ground, boolean sufficientForNaturalisation, String ruleId) {
    public DispensationDecision {
        requireNonNull(ground, "ground");
        requireNonNull(ruleId, "ruleId");
    }
}
