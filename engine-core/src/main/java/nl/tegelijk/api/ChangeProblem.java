package nl.tegelijk.api;

import static java.util.Objects.requireNonNull;

/**
 * Why a change of a batch was rejected. Immutable and thread-safe; names ids, never personal data.
 *
 * @param index the change's position in the batch (0 first), or -1 for the scenario the whole batch would make
 * @param change the kind of change, e.g. {@code DwellingWithdrawn}
 * @param field the field at fault, e.g. {@code dwellingId}
 * @param message what is wrong, naming the value
 */
public record ChangeProblem(int index, String change, String field, String message) {
    public ChangeProblem {
        requireNonNull(change, "change");
        requireNonNull(field, "field");
        requireNonNull(message, "message");
    }

    /** One line, e.g. {@code change 3 (DwellingWithdrawn) dwellingId: dwelling D-7 is withdrawn twice}. */
    public String describe() {
        return (index < 0 ? "the changed scenario" : "change " + index) + " (" + change + ") " + field + ": "
                + message;
    }
}
