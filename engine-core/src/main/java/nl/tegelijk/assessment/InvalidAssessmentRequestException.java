package nl.tegelijk.assessment;

/**
 * The dates of an assessment request cannot be assessed: a date before the earliest law Tegelijk holds
 * ({@link AssessmentRequest#EARLIEST_DATE}) or a reference date before a person's birth date. A caller error: the
 * message names the date (or the pseudonymous person id and the field), never personal data, and nothing was assessed.
 */
public final class InvalidAssessmentRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidAssessmentRequestException(String message) {
        super(message);
    }
}
