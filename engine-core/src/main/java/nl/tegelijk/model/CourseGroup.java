package nl.tegelijk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A language course group of an integration-course provider.
 *
 * @param id identifier, unique in the scenario
 * @param kind the kind of course
 * @param locationId where it is held
 * @param availableFrom first day a learner may start (for rolling intake)
 * @param rollingIntake learners may start in any week from {@code availableFrom}
 * @param cohortStarts start dates of the cohorts when intake is not rolling
 * @param durationWeeks weeks a learner attends
 * @param hoursPerWeek hours a learner spends per week
 * @param seats learners at the same time
 * @param childcare childcare is offered during lessons
 */
public record CourseGroup(String id, CourseKind kind, String locationId, LocalDate availableFrom,
                          boolean rollingIntake, List<LocalDate> cohortStarts, int durationWeeks, int hoursPerWeek,
                          int seats, boolean childcare) {
    public CourseGroup {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(locationId, "locationId");
        requireNonNull(availableFrom, "availableFrom");
        cohortStarts = List.copyOf(cohortStarts);
        checkArgument(durationWeeks > 0, "durationWeeks (%s) must be positive", durationWeeks);
        checkArgument(hoursPerWeek > 0, "hoursPerWeek (%s) must be positive", hoursPerWeek);
        checkArgument(seats > 0, "seats (%s) must be positive", seats);
    }
}
