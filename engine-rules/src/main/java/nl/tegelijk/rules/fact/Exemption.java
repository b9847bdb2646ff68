package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.assessment.DispensationDecision;
import nl.tegelijk.assessment.DutyGround;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.model.Dispensation;

/**
 * A ground on which the person is not obliged; the strongest ground (the first in {@link DutyGround} order) decides the
 * duty, adopting this ground's justification. Immutable and thread-safe.
 */
public final class Exemption extends Decision {
    private final DutyGround ground;
    private final int rank;
    private final Optional<LocalDate> dutyArisesOn;
    private final Optional<DispensationDecision> dispensation;

    public Exemption(String personId, DutyGround ground, Optional<LocalDate> dutyArisesOn, Justification justification) {
        this(personId, ground, dutyArisesOn, Optional.empty(), justification);
    }

    private Exemption(String personId, DutyGround ground, Optional<LocalDate> dutyArisesOn,
                      Optional<DispensationDecision> dispensation, Justification justification) {
        super(personId, justification);
        this.ground = java.util.Objects.requireNonNull(ground, "ground");
        this.rank = ground.ordinal();
        this.dutyArisesOn = java.util.Objects.requireNonNull(dutyArisesOn, "dutyArisesOn");
        this.dispensation = dispensation;
    }

    /** A dispensation granted by DUO on {@code ground}; {@code sufficientForNaturalisation} as the law says. */
    public static Exemption dispensation(String personId, Dispensation ground, boolean sufficientForNaturalisation,
                                         Justification justification) {
        return new Exemption(personId, DutyGround.DISPENSATION, Optional.empty(), Optional.of(
                new DispensationDecision(ground, sufficientForNaturalisation, justification.ruleId())), justification);
    }

    public DutyGround getGround() { return ground; }
    /** Precedence: the order of {@link DutyGround}; lower is stronger. */
    public int getRank() { return rank; }
    public Optional<LocalDate> getDutyArisesOn() { return dutyArisesOn; }
    public Optional<DispensationDecision> getDispensation() { return dispensation; }
}
