package nl.tegelijk.rules.fact;

import static java.util.Objects.requireNonNull;

import nl.tegelijk.assessment.Justification;

/**
 * A decision about one person that later rules build on (the duty date or its absence, the regime, the duty, the
 * route, a duty still to come), holding the person's facts: a later rule reads a condition on the person from the
 * decision itself ({@code DutyDecided(obliged == true, person.caresForYoungChildren)}) instead of joining
 * {@link PersonFacts} by {@code personId}, which costs each person an entry in the rule's join memories
 * (benchmarks/README, "Rules (JMH)"). Immutable and thread-safe.
 */
public abstract class PersonDecision extends Decision {
    private final PersonFacts person;

    protected PersonDecision(PersonFacts person, Justification justification) {
        super(requireNonNull(person, "person").getPersonId(), justification);
        this.person = person;
    }

    /** The facts of the person this decision is about. */
    public PersonFacts getPerson() { return person; }
}
