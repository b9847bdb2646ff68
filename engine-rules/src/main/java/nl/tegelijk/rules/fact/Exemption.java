package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.assessment.DutyGround;
import nl.tegelijk.assessment.Justification;

/** A ground on which the person is not obliged; the strongest ground (the first in {@link DutyGround} order) decides the duty. Immutable and thread-safe. */
public final class Exemption extends Decision {
    private final DutyGround ground;
    private final int rank;
    private final Optional<LocalDate> dutyArisesOn;

    public Exemption(String personId, DutyGround ground, Optional<LocalDate> dutyArisesOn, Justification justification) {
        super(personId, justification);
        this.ground = java.util.Objects.requireNonNull(ground, "ground");
        this.rank = ground.ordinal();
        this.dutyArisesOn = java.util.Objects.requireNonNull(dutyArisesOn, "dutyArisesOn");
    }

    public DutyGround getGround() { return ground; }
    /** Precedence: the order of {@link DutyGround}; lower is stronger. */
    public int getRank() { return rank; }
    public Optional<LocalDate> getDutyArisesOn() { return dutyArisesOn; }
}
