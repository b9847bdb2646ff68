package nl.tegelijk.planning.validation;

import static java.util.Objects.requireNonNull;

/**
 * A hard rule a plan breaks.
 *
 * @param code the hard rule broken
 * @param subjectId the person or household concerned ({@code ""} for a resource-wide violation)
 * @param resourceId the resource concerned ({@code ""} when none)
 * @param message one sentence naming the values; no personal data
 */
public record PlanViolation(ViolationCode code, String subjectId, String resourceId, String message) {
    public PlanViolation {
        requireNonNull(code, "code");
        requireNonNull(subjectId, "subjectId");
        requireNonNull(resourceId, "resourceId");
        requireNonNull(message, "message");
    }
}
