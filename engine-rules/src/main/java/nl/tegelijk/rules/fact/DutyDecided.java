package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.assessment.DispensationDecision;
import nl.tegelijk.assessment.DutyGround;
import nl.tegelijk.assessment.Justification;

/** The one decision on the integration duty. Immutable and thread-safe. */
public final class DutyDecided extends Decision {
    private final boolean obliged;
    private final DutyGround ground;
    private final Optional<LocalDate> dutyArisesOn;
    private final Optional<DispensationDecision> dispensation;

    public DutyDecided(String personId, boolean obliged, DutyGround ground, Optional<LocalDate> dutyArisesOn, Justification justification) {
        this(personId, obliged, ground, dutyArisesOn, Optional.empty(), justification);
    }

    private DutyDecided(String personId, boolean obliged, DutyGround ground, Optional<LocalDate> dutyArisesOn,
                        Optional<DispensationDecision> dispensation, Justification justification) {
        super(personId, justification);
        this.obliged = obliged;
        this.ground = java.util.Objects.requireNonNull(ground, "ground");
        this.dutyArisesOn = java.util.Objects.requireNonNull(dutyArisesOn, "dutyArisesOn");
        this.dispensation = dispensation;
    }

    /** Not obliged on the strongest exemption: the duty decision is that exemption's decision, with its justification. */
    public static DutyDecided byExemption(Exemption exemption) {
        return new DutyDecided(exemption.getPersonId(), false, exemption.getGround(), exemption.getDutyArisesOn(),
                exemption.getDispensation(), exemption.getJustification());
    }

    public boolean isObliged() { return obliged; }
    public DutyGround getGround() { return ground; }
    public Optional<LocalDate> getDutyArisesOn() { return dutyArisesOn; }
    public Optional<DispensationDecision> getDispensation() { return dispensation; }
}
