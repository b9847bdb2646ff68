package nl.tegelijk.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.scenario.InvalidScenarioException;
import nl.tegelijk.scenario.ProblemCode;
import nl.tegelijk.scenario.ScenarioProblem;
import nl.tegelijk.scenario.Severity;

/**
 * Checks one record as it is constructed, in code or from JSON, and collects every problem before throwing them all
 * at once as the {@link InvalidScenarioException} the scenario reader uses: no {@link NullPointerException} and no
 * first-error-only {@link IllegalArgumentException} reaches a caller. Field paths are relative to the record
 * ({@code $.birthDate}); messages name field and rule, and the value only where it is not personal data. One per
 * constructor call; not thread-safe.
 */
final class RecordCheck {

    private final String recordType;
    private final Optional<String> recordId;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    private RecordCheck(String recordType, Optional<String> recordId) {
        this.recordType = recordType;
        this.recordId = recordId;
    }

    /** Checks for the record of {@code recordType} (as the JSON names it) with {@code id}, which may be missing. */
    static RecordCheck of(String recordType, String id) {
        RecordCheck check = new RecordCheck(recordType, Optional.ofNullable(id));
        check.required(id, "id");
        if (id != null && id.isBlank()) {
            check.error(ProblemCode.EMPTY_TEXT, "id", "the id is empty", "a pseudonymous id such as P-007");
        }
        return check;
    }

    /** Checks for a record without an id of its own, such as a person's schooling. */
    static RecordCheck unnamed(String recordType) {
        return new RecordCheck(recordType, Optional.empty());
    }

    /** {@code value}, reporting {@link ProblemCode#MISSING_FIELD} when it is {@code null}. */
    <T> T required(T value, String field) {
        if (value == null) {
            error(ProblemCode.MISSING_FIELD, field, field + " is missing", "a value for " + field);
        }
        return value;
    }

    /** {@code value}, or empty when it is {@code null}, which is a problem: an absent fact is {@code Optional.empty()}. */
    <T> Optional<T> optional(Optional<T> value, String field) {
        if (value == null) {
            error(ProblemCode.MISSING_FIELD, field, field + " is null", "Optional.empty() for an absent " + field);
            return Optional.empty();
        }
        return value;
    }

    /** An immutable copy of {@code values}; a missing list or a missing element is a problem. */
    <T> List<T> list(List<T> values, String field) {
        if (required(values, field) == null) {
            return List.of();
        }
        List<T> present = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            if (required(value, field + "[" + i + "]") != null) {
                present.add(value);
            }
        }
        return List.copyOf(present);
    }

    /** Reports {@link ProblemCode#NOT_POSITIVE} unless {@code value > 0}; the value is a capacity, not personal. */
    void positive(long value, String field) {
        if (value <= 0) {
            error(ProblemCode.NOT_POSITIVE, field, field + " (" + value + ") is not positive",
                    "a whole number of at least 1");
        }
    }

    /** Reports {@link ProblemCode#NEGATIVE} when {@code value < 0}, without naming the value. */
    void notNegative(long value, String field) {
        if (value < 0) {
            error(ProblemCode.NEGATIVE, field, field + " is negative", "zero or more");
        }
    }

    /** Reports {@link ProblemCode#OUT_OF_RANGE} unless {@code min <= value <= max}. */
    void within(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            error(ProblemCode.OUT_OF_RANGE, field, field + " (" + value + ") is out of range",
                    "a number from " + min + " to " + max);
        }
    }

    /** An error on {@code field}. */
    void error(ProblemCode code, String field, String message, String expected) {
        problems.add(new ScenarioProblem(code, Severity.ERROR, recordType, recordId, "$." + field, message,
                expected));
    }

    /**
     * Ends the check.
     *
     * @throws InvalidScenarioException listing every problem found, when there is one
     */
    void done() {
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(problems);
        }
    }
}
