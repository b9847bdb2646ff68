package nl.tegelijk.planning.domain;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A person with at least one required track: the subject of the headline "weeks until full participation".
 * A problem fact; immutable and thread-safe.
 *
 * @param personId the person's pseudonymous id
 * @param householdId the person's household
 * @param arrivalWeek the first week any of the person's required tracks may start (the clock of the headline)
 */
public record Participant(@PlanningId String personId, String householdId, int arrivalWeek) {
    public Participant {
        requireNonNull(personId, "personId");
        requireNonNull(householdId, "householdId");
    }
}
