package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.Regime;

/**
 * Which integration law governs the person, with the duty date it was decided from (the person's
 * {@link DutyDateDecided}; empty when the person has none). Immutable and thread-safe.
 */
public final class RegimeDecided extends PersonDecision {
    private final Regime regime;
    private final Optional<LocalDate> dutyDate;

    /** A regime decided without a duty date. */
    public RegimeDecided(PersonFacts person, Regime regime, Justification justification) {
        this(person, regime, Optional.empty(), justification);
    }

    /** A regime decided from the duty date {@code dutyDate}. */
    public RegimeDecided(PersonFacts person, Regime regime, Optional<LocalDate> dutyDate, Justification justification) {
        super(person, justification);
        this.regime = java.util.Objects.requireNonNull(regime, "regime");
        this.dutyDate = java.util.Objects.requireNonNull(dutyDate, "dutyDate");
    }

    public Regime getRegime() { return regime; }
    /** The duty date the regime was decided from, as {@link DutyDateDecided} holds it. */
    public Optional<LocalDate> getDutyDate() { return dutyDate; }
}
