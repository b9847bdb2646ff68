package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;

/**
 * One figure of {@link nl.tegelijk.assessment.IntegrationConsequences} a rule decided: participation hours, a fine
 * cap, the DUO loan. Immutable and thread-safe.
 */
public final class ConsequenceSet extends Decision {
    /** Which figure. */
    public enum Figure {
        PARTICIPATION_HOURS, MAX_FINE_EUROS, MAX_PARTICIPATION_DECLARATION_FINE_EUROS,
        MAX_LABOUR_MARKET_MODULE_FINE_EUROS, MAX_LOAN_EUROS, LOAN_CANCELLED_WHEN_MET_IN_TIME
    }

    private final Figure figure;
    private final int value;

    public ConsequenceSet(String personId, Figure figure, int value, Justification justification) {
        super(personId, justification);
        this.figure = java.util.Objects.requireNonNull(figure, "figure");
        this.value = value;
    }

    public Figure getFigure() { return figure; }
    public int getValue() { return value; }
}
