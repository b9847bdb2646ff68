package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;

/** One limit on weekly activity hours; the assessment takes the lowest. Immutable and thread-safe. */
public final class HoursLimited extends Decision {
    private final int hours;

    public HoursLimited(String personId, int hours, Justification justification) {
        super(personId, justification);
        this.hours = hours;
    }

    public int getHours() { return hours; }
}
