package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.assessment.DutyGround;
import nl.tegelijk.assessment.Justification;

/** The one decision on the integration duty. Immutable and thread-safe. */
public final class DutyDecided extends Decision {
    private final boolean obliged;
    private final DutyGround ground;
    private final Optional<LocalDate> dutyArisesOn;

    public DutyDecided(String personId, boolean obliged, DutyGround ground, Optional<LocalDate> dutyArisesOn, Justification justification) {
        super(personId, justification);
        this.obliged = obliged;
        this.ground = java.util.Objects.requireNonNull(ground, "ground");
        this.dutyArisesOn = java.util.Objects.requireNonNull(dutyArisesOn, "dutyArisesOn");
    }

    public boolean isObliged() { return obliged; }
    public DutyGround getGround() { return ground; }
    public Optional<LocalDate> getDutyArisesOn() { return dutyArisesOn; }
}
