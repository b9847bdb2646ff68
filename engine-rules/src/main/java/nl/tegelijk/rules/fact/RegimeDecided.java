package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.Regime;

/** Which integration law governs the person. Immutable and thread-safe. */
public final class RegimeDecided extends Decision {
    private final Regime regime;

    public RegimeDecided(String personId, Regime regime, Justification justification) {
        super(personId, justification);
        this.regime = java.util.Objects.requireNonNull(regime, "regime");
    }

    public Regime getRegime() { return regime; }
}
