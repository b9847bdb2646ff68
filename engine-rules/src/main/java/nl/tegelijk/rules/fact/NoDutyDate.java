package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.DutyGround;
import nl.tegelijk.assessment.Justification;

/** No integration duty can arise yet: the person is outside the scope of both integration laws. Immutable and thread-safe. */
public final class NoDutyDate extends PersonDecision {
    private final DutyGround ground;

    public NoDutyDate(PersonFacts person, DutyGround ground, Justification justification) {
        super(person, justification);
        this.ground = java.util.Objects.requireNonNull(ground, "ground");
    }

    public DutyGround getGround() { return ground; }
}
