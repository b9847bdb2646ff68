package nl.tegelijk.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One problem found in scenario input: what is wrong, where, and what was expected. Immutable and thread-safe.
 *
 * <p>{@link #message()} and {@link #expected()} may name the offending value, which can be a person's personal data
 * (a birth date, a procedure date): show them to the user who entered it, never log them. {@link #summary()} and
 * {@link #toString()} name code, record and field only and may be logged.
 *
 * @param code stable code, e.g. {@link ProblemCode#UNKNOWN_REFERENCE}
 * @param severity error (blocks loading) or warning
 * @param recordType the kind of record, as the JSON names it in the singular: {@code scenario}, {@code location},
 *     {@code household}, {@code person}, {@code intakeReport}, {@code dwelling}, {@code courseGroup},
 *     {@code schoolClass}, {@code placement}, {@code housingQuota}; {@code input} for unreadable or malformed input;
 *     in a change batch the change's kind ({@code DwellingWithdrawn}), or {@code changeBatch}
 * @param recordId the id of the record when it has one, e.g. {@code P-007}
 * @param field JSON path of the field, e.g. {@code $.persons[3].birthDate}; {@code $} for the whole input
 * @param message what is wrong, naming the value
 * @param expected what was expected instead
 */
public record ScenarioProblem(ProblemCode code, Severity severity, String recordType, Optional<String> recordId,
                              String field, String message, String expected) {

    public ScenarioProblem {
        requireNonNull(code, "code");
        requireNonNull(severity, "severity");
        requireNonNull(recordType, "recordType");
        requireNonNull(recordId, "recordId");
        requireNonNull(field, "field");
        checkArgument(field.startsWith("$"), "field (%s) must be a JSON path starting with $", field);
        requireNonNull(message, "message");
        requireNonNull(expected, "expected");
    }

    /** True for an error, which keeps the scenario from loading. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * One readable line, e.g. {@code ERROR UNKNOWN_REFERENCE person P-007 at $.persons[3].householdId: household
     * 'H-9' does not exist; expected the id of a household in $.households}.
     */
    public String describe() {
        return severity + " " + code + " " + recordType + recordId.map(id -> " " + id).orElse("")
                + " at " + field + ": " + message + "; expected " + expected;
    }

    /** Code, record and field without any value, e.g. {@code ERROR UNKNOWN_REFERENCE person P-007 at $.persons[3].householdId}. */
    public String summary() {
        return severity + " " + code + " " + recordType + recordId.map(id -> " " + id).orElse("") + " at " + field;
    }

    /** The {@link #summary()}: safe to log. */
    @Override
    public String toString() {
        return summary();
    }
}
