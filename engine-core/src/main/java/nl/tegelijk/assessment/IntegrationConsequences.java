package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The figures the integration duty brings with it, as the rules decide them (each with its justification in the
 * assessment): participation hours on the Z route, the most a fine can be when the term is missed, and the DUO loan
 * under the 2013 law. Empty means the figure does not apply to the person. Immutable and thread-safe.
 *
 * @param participationHours participation hours on the Z route (WI21-ZHOURS-01: 800 for asylum permit holders, 0
 *        for family and other migrants)
 * @param maxFineEuros the most a fine for missing the term can be (WI13-FINE-01: 1,250; WI21-FINE-02: 1,000); empty
 *        when no standard fine applies (WI21-FINE-01)
 * @param maxParticipationDeclarationFineEuros the most a fine for missing the participation declaration (PVT) can be
 *        under the 2021 law (WI21-FINE-02: 340)
 * @param maxLabourMarketModuleFineEuros the most a fine for missing the labour-market module (MAP) can be under the
 *        2021 law (WI21-FINE-02: 340)
 * @param maxLoanEuros the most the person may borrow from DUO for course and exams under the 2013 law (WI13-LOAN-01:
 *        10,000, not income-tested for asylum permit holders)
 * @param loanCancelledWhenMetInTime whether that loan is cancelled in full when the duty is met in time (WI13-LOAN-02)
 */
public record IntegrationConsequences(Optional<Integer> participationHours, Optional<Integer> maxFineEuros,
                                      Optional<Integer> maxParticipationDeclarationFineEuros,
                                      Optional<Integer> maxLabourMarketModuleFineEuros, Optional<Integer> maxLoanEuros,
                                      boolean loanCancelledWhenMetInTime) {
    /** No consequence applies (for example: not obliged). */
    public static final IntegrationConsequences NONE = new IntegrationConsequences(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), false);

    public IntegrationConsequences {
        notNegative(participationHours, "participationHours");
        notNegative(maxFineEuros, "maxFineEuros");
        notNegative(maxParticipationDeclarationFineEuros, "maxParticipationDeclarationFineEuros");
        notNegative(maxLabourMarketModuleFineEuros, "maxLabourMarketModuleFineEuros");
        notNegative(maxLoanEuros, "maxLoanEuros");
    }

    private static void notNegative(Optional<Integer> amount, String field) {
        requireNonNull(amount, field);
        if (amount.isPresent() && amount.get() < 0) {
            throw new IllegalArgumentException("an amount (" + field + ") must not be negative");
        }
    }
}
