package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import nl.tegelijk.assessment.DeadlineKind;
import nl.tegelijk.assessment.Justification;

/** A legal deadline as a date. Immutable and thread-safe. */
public final class DeadlineSet extends Decision {
    private final DeadlineKind kind;
    private final LocalDate date;

    public DeadlineSet(String personId, DeadlineKind kind, LocalDate date, Justification justification) {
        super(personId, justification);
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.date = java.util.Objects.requireNonNull(date, "date");
    }

    public DeadlineKind getKind() { return kind; }
    public LocalDate getDate() { return date; }
}
