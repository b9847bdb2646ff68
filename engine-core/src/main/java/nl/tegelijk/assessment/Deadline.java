package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A dated deadline with the rule that sets it.
 *
 * @param kind what must be done
 * @param date the last day
 * @param ruleId the rule id
 */
public record Deadline(DeadlineKind kind, LocalDate date, String ruleId) {
    public Deadline {
        requireNonNull(kind, "kind");
        requireNonNull(date, "date");
        requireNonNull(ruleId, "ruleId");
    }
}
