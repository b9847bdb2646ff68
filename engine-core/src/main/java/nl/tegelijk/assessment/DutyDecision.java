package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The decision on the civic-integration duty (<i>inburgeringsplicht</i>).
 *
 * @param obliged whether the person is obliged on the reference date
 * @param ground the ground that decides it
 * @param ruleId the rule that decided it
 * @param dutyArisesOn when not obliged now: the date the duty will arise when the exemption ends, if known
 */
public record DutyDecision(boolean obliged, DutyGround ground, String ruleId, Optional<LocalDate> dutyArisesOn) {
    public DutyDecision {
        requireNonNull(ground, "ground");
        requireNonNull(ruleId, "ruleId");
        requireNonNull(dutyArisesOn, "dutyArisesOn");
    }
}
