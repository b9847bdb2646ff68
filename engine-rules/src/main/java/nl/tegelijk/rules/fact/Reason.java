package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;

/** A justification without a decision of its own, e.g. why an alternative was not taken. Immutable and thread-safe. */
public final class Reason extends Decision {

    public Reason(String personId, Justification justification) {
        super(personId, justification);
    }

}
