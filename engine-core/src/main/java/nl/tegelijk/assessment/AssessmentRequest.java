package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The dates an assessment is made on; never the wall clock.
 *
 * @param referenceDate the date ages, school duty and deadlines are taken on (usually the plan start)
 * @param applicationDate the date the law is applied as it stood (case law and changes of the law)
 * @throws InvalidAssessmentRequestException when a date is before {@link #EARLIEST_DATE}
 */
public record AssessmentRequest(LocalDate referenceDate, LocalDate applicationDate) {
    /** The earliest date Tegelijk assesses on: the Wet inburgering (2013 regime) and every dated parameter hold from it. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2013, 1, 1);

    /**
     * @throws InvalidAssessmentRequestException when a date is before {@link #EARLIEST_DATE}
     */
    public AssessmentRequest {
        requireNonNull(referenceDate, "referenceDate");
        requireNonNull(applicationDate, "applicationDate");
        notBeforeEarliest(referenceDate, "reference date");
        notBeforeEarliest(applicationDate, "application date");
    }

    private static void notBeforeEarliest(LocalDate date, String name) {
        if (date.isBefore(EARLIEST_DATE)) {
            throw new InvalidAssessmentRequestException("The " + name + " " + date + " is before " + EARLIEST_DATE
                    + ": Tegelijk holds the law from the Wet inburgering (2013 regime) on, so it cannot assess earlier"
                    + " dates. Maybe use a date on or after " + EARLIEST_DATE + ".");
        }
    }

    /** Both dates the same. */
    public static AssessmentRequest on(LocalDate date) {
        return new AssessmentRequest(date, date);
    }
}
