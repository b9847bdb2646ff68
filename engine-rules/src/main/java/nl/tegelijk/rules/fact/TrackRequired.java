package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.TrackRequirement;

/** A track the planner must or may schedule. Immutable and thread-safe. */
public final class TrackRequired extends Decision {
    private final TrackRequirement requirement;

    public TrackRequired(String personId, TrackRequirement requirement, Justification justification) {
        super(personId, justification);
        this.requirement = java.util.Objects.requireNonNull(requirement, "requirement");
    }

    public TrackRequirement getRequirement() { return requirement; }
}
