package nl.tegelijk.rules.fact;

import static java.util.Objects.requireNonNull;

import nl.tegelijk.assessment.Justification;

/**
 * A decision a law rule inserted about one person, with the justification the rule copied from its own name and
 * metadata. Subclasses hold what was decided. Immutable and thread-safe.
 */
public abstract class Decision {
    private final String personId;
    private final Justification justification;

    protected Decision(String personId, Justification justification) {
        this.personId = requireNonNull(personId, "personId");
        this.justification = requireNonNull(justification, "justification");
    }

    public String getPersonId() { return personId; }
    public Justification getJustification() { return justification; }
}
