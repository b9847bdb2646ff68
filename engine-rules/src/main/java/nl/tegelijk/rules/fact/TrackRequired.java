package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.TrackRequirement;

/**
 * A track the planner must or may schedule, holding the person's facts like every decision later rules read
 * (WI21-AZC-03a and HLTH-INS-01 read it without a join). Immutable and thread-safe.
 */
public final class TrackRequired extends PersonDecision {
    private final TrackRequirement requirement;

    public TrackRequired(PersonFacts person, TrackRequirement requirement, Justification justification) {
        super(person, justification);
        this.requirement = java.util.Objects.requireNonNull(requirement, "requirement");
    }

    public TrackRequirement getRequirement() { return requirement; }
}
