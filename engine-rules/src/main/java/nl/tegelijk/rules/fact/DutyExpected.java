package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.Regime;

/**
 * The integration duty that will arise on a date after the reference date, when a residence permit the person does
 * not hold yet takes effect (an expected arrival's permit, an asylum seeker's expected permit), or when a minor of 16 or
 * 17 with a permit turns 18 and the exemption for qualification duty ends (AMV-INB-01), and the integration law that
 * will govern it by that date (WI21-REGIME-01). Not a duty on the reference date: the duty is not imposed
 * in advance (Wi2013 art. 3 lid 4); the options that follow from it open on {@link #getDate()}. Immutable and
 * thread-safe.
 */
public final class DutyExpected extends PersonDecision {
    private final LocalDate date;
    private final Regime regime;

    public DutyExpected(PersonFacts person, LocalDate date, Regime regime, Justification justification) {
        super(person, justification);
        this.date = java.util.Objects.requireNonNull(date, "date");
        this.regime = java.util.Objects.requireNonNull(regime, "regime");
    }

    /** The day the duty arises: the day the permit takes effect, or the 18th birthday. */
    public LocalDate getDate() { return date; }
    /** The integration law in force on {@link #getDate()} for a duty arising then. */
    public Regime getRegime() { return regime; }
}
