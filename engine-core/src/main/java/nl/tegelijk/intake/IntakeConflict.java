package nl.tegelijk.intake;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.LifeDomain;

/**
 * Two or more intake parties disagree on a person's life domain. Reported to the case worker; never resolved silently.
 *
 * @param personId the person
 * @param domain the life domain
 * @param field what they disagree on, e.g. {@code needLevel}
 * @param valuesByParty what each party said
 */
public record IntakeConflict(String personId, LifeDomain domain, String field, Map<IntakeParty, String> valuesByParty) {
    public IntakeConflict {
        requireNonNull(personId, "personId");
        requireNonNull(domain, "domain");
        requireNonNull(field, "field");
        valuesByParty = Map.copyOf(valuesByParty);
    }
}
