package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import nl.tegelijk.assessment.Justification;

/**
 * The date the integration duty arises or would arise for a person in scope of an integration law (WI21-REGIME-01/03),
 * and whether it has passed on the person's reference date, so that the regime rules need not join the person for it.
 * Immutable and thread-safe.
 */
public final class DutyDateDecided extends PersonDecision {
    private final LocalDate date;
    private final boolean passed;

    /** The duty date {@code date} of {@code person}, passed or not on the person's reference date. */
    public DutyDateDecided(PersonFacts person, LocalDate date, Justification justification) {
        super(person, justification);
        this.date = java.util.Objects.requireNonNull(date, "date");
        this.passed = !date.isAfter(person.getReferenceDate());
    }

    public LocalDate getDate() { return date; }
    /** Whether the duty date lies on or before the reference date: the duty has arisen. */
    public boolean isPassed() { return passed; }
}
