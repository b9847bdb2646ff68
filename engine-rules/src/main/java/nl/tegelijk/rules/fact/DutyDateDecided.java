package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import nl.tegelijk.assessment.Justification;

/** The date the integration duty arises or would arise for a person in scope of an integration law (WI21-REGIME-01/03). Immutable and thread-safe. */
public final class DutyDateDecided extends Decision {
    private final LocalDate date;

    public DutyDateDecided(String personId, LocalDate date, Justification justification) {
        super(personId, justification);
        this.date = java.util.Objects.requireNonNull(date, "date");
    }

    public LocalDate getDate() { return date; }
}
