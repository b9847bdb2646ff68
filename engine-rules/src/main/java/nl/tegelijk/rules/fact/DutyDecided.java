package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.assessment.DispensationDecision;
import nl.tegelijk.assessment.DutyGround;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.Regime;

/**
 * The one decision on the integration duty, with the integration law that governs the person ({@link #getRegime()})
 * and the duty date ({@link #getDutyDate()}), both copied from the person's {@link RegimeDecided}, so that a later rule
 * reads "obliged under the 2013 law since a date" from this one fact instead of joining three. Immutable and
 * thread-safe.
 */
public final class DutyDecided extends PersonDecision {
    private final Regime regime;
    private final Optional<LocalDate> dutyDate;
    private final boolean obliged;
    private final DutyGround ground;
    private final Optional<LocalDate> dutyArisesOn;
    private final Optional<DispensationDecision> dispensation;

    /** A duty decision under the regime (and duty date) of {@code regime}, as decided for the person. */
    public DutyDecided(RegimeDecided regime, boolean obliged, DutyGround ground,
                       Optional<LocalDate> dutyArisesOn, Justification justification) {
        this(regime.getPerson(), regime.getRegime(), regime.getDutyDate(), obliged, ground, dutyArisesOn,
                Optional.empty(), justification);
    }

    /**
     * A duty decision outside any integration law (regime {@link Regime#NONE}, no duty date): for a person without a
     * duty date ({@link NoDutyDate}), whose regime is always {@code NONE}.
     */
    public DutyDecided(PersonFacts person, boolean obliged, DutyGround ground, Optional<LocalDate> dutyArisesOn,
                       Justification justification) {
        this(person, Regime.NONE, Optional.empty(), obliged, ground, dutyArisesOn, Optional.empty(), justification);
    }

    private DutyDecided(PersonFacts person, Regime regime, Optional<LocalDate> dutyDate, boolean obliged,
                        DutyGround ground, Optional<LocalDate> dutyArisesOn,
                        Optional<DispensationDecision> dispensation, Justification justification) {
        super(person, justification);
        this.regime = java.util.Objects.requireNonNull(regime, "regime");
        this.dutyDate = java.util.Objects.requireNonNull(dutyDate, "dutyDate");
        this.obliged = obliged;
        this.ground = java.util.Objects.requireNonNull(ground, "ground");
        this.dutyArisesOn = java.util.Objects.requireNonNull(dutyArisesOn, "dutyArisesOn");
        this.dispensation = dispensation;
    }

    /** Not obliged on the strongest exemption: the duty decision is that exemption's decision, with its justification. */
    public static DutyDecided byExemption(Exemption exemption, RegimeDecided regime) {
        return new DutyDecided(regime.getPerson(), regime.getRegime(), regime.getDutyDate(), false,
                exemption.getGround(),
                exemption.getDutyArisesOn(), exemption.getDispensation(), exemption.getJustification());
    }

    /** The integration law that governs the person, as {@link RegimeDecided} decided it. */
    public Regime getRegime() { return regime; }
    /** The duty date, as {@link DutyDateDecided} holds it; present whenever the person is obliged. */
    public Optional<LocalDate> getDutyDate() { return dutyDate; }
    public boolean isObliged() { return obliged; }
    public DutyGround getGround() { return ground; }
    public Optional<LocalDate> getDutyArisesOn() { return dutyArisesOn; }
    public Optional<DispensationDecision> getDispensation() { return dispensation; }
}
