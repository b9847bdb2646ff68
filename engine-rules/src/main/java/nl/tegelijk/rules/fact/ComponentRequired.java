package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.ExamComponent;
import nl.tegelijk.assessment.Justification;

/** One part of the integration requirement. Immutable and thread-safe. */
public final class ComponentRequired extends Decision {
    private final ExamComponent component;

    public ComponentRequired(String personId, ExamComponent component, Justification justification) {
        super(personId, justification);
        this.component = java.util.Objects.requireNonNull(component, "component");
    }

    public ExamComponent getComponent() { return component; }
}
