package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The decision on the civic-integration duty (<i>inburgeringsplicht</i>), with its own rule id and legal basis.
 *
 * @param obliged whether the person is obliged on the reference date
 * @param ground the ground that decides it
 * @param ruleId the rule that decided it
 * @param legalBasis the law and article the deciding rule rests on, in force on the assessment's application date
 * @param dutyArisesOn when not obliged now: the date the duty will arise when the exemption ends, if known; empty
 *        when another exemption is already certain for that day (AMV-INB-01c/d), so no duty will arise then
 * @param dispensation when the ground is a dispensation (<i>ontheffing</i>): which one, and what it means for
 *        naturalisation
 */
public record DutyDecision(boolean obliged, DutyGround ground, String ruleId, LegalBasis legalBasis,
                           Optional<LocalDate> dutyArisesOn, Optional<DispensationDecision> dispensation) {
    public DutyDecision {
        requireNonNull(ground, "ground");
        requireNonNull(ruleId, "ruleId");
        requireNonNull(legalBasis, "legalBasis");
        requireNonNull(dutyArisesOn, "dutyArisesOn");
        requireNonNull(dispensation, "dispensation");
        if (dispensation.isPresent() != (ground == DutyGround.DISPENSATION)) {
            throw new IllegalArgumentException("dispensation (" + dispensation + ") must be given exactly when the ground ("
                    + ground + ") is DISPENSATION");
        }
    }
}
