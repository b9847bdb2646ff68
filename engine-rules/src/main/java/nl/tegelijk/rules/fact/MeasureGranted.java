package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.SupportMeasure;

/** A support measure for one life domain. Immutable and thread-safe. */
public final class MeasureGranted extends Decision {
    private final SupportMeasure measure;

    public MeasureGranted(String personId, SupportMeasure measure, Justification justification) {
        super(personId, justification);
        this.measure = java.util.Objects.requireNonNull(measure, "measure");
    }

    public SupportMeasure getMeasure() { return measure; }
}
