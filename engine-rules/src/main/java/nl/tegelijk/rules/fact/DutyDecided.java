package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.assessment.DispensationDecision;
import nl.tegelijk.assessment.DutyGround;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.Regime;

/**
 * The one decision on the integration duty, with the integration law that governs the person ({@link #getRegime()},
 * copied from the person's {@link RegimeDecided}), so that a later rule reads "obliged under the 2021 law" from this
 * one fact instead of joining two. Immutable and thread-safe.
 */
public final class DutyDecided extends Decision {
    private final Regime regime;
    private final boolean obliged;
    private final DutyGround ground;
    private final Optional<LocalDate> dutyArisesOn;
    private final Optional<DispensationDecision> dispensation;

    /** A duty decision under {@code regime}, the integration law decided for the person. */
    public DutyDecided(String personId, Regime regime, boolean obliged, DutyGround ground,
                       Optional<LocalDate> dutyArisesOn, Justification justification) {
        this(personId, regime, obliged, ground, dutyArisesOn, Optional.empty(), justification);
    }

    /** A duty decision outside any integration law (regime {@link Regime#NONE}). */
    public DutyDecided(String personId, boolean obliged, DutyGround ground, Optional<LocalDate> dutyArisesOn, Justification justification) {
        this(personId, Regime.NONE, obliged, ground, dutyArisesOn, Optional.empty(), justification);
    }

    private DutyDecided(String personId, Regime regime, boolean obliged, DutyGround ground,
                        Optional<LocalDate> dutyArisesOn, Optional<DispensationDecision> dispensation,
                        Justification justification) {
        super(personId, justification);
        this.regime = java.util.Objects.requireNonNull(regime, "regime");
        this.obliged = obliged;
        this.ground = java.util.Objects.requireNonNull(ground, "ground");
        this.dutyArisesOn = java.util.Objects.requireNonNull(dutyArisesOn, "dutyArisesOn");
        this.dispensation = dispensation;
    }

    /** Not obliged on the strongest exemption: the duty decision is that exemption's decision, with its justification. */
    public static DutyDecided byExemption(Exemption exemption, Regime regime) {
        return new DutyDecided(exemption.getPersonId(), regime, false, exemption.getGround(),
                exemption.getDutyArisesOn(), exemption.getDispensation(), exemption.getJustification());
    }

    /** The integration law that governs the person, as {@link RegimeDecided} decided it. */
    public Regime getRegime() { return regime; }
    public boolean isObliged() { return obliged; }
    public DutyGround getGround() { return ground; }
    public Optional<LocalDate> getDutyArisesOn() { return dutyArisesOn; }
    public Optional<DispensationDecision> getDispensation() { return dispensation; }
}
