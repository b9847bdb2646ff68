package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The dates an assessment is made on; never the wall clock.
 *
 * @param referenceDate the date ages, school duty and deadlines are taken on (usually the plan start)
 * @param applicationDate the date the law is applied as it stood (case law and changes of the law)
 */
public record AssessmentRequest(LocalDate referenceDate, LocalDate applicationDate) {
    public AssessmentRequest {
        requireNonNull(referenceDate, "referenceDate");
        requireNonNull(applicationDate, "applicationDate");
    }

    /** Both dates the same. */
    public static AssessmentRequest on(LocalDate date) {
        return new AssessmentRequest(date, date);
    }
}
