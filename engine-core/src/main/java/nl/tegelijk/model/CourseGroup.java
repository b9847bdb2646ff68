package nl.tegelijk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
 * @param seats learners at the same time; empty for an open offer that takes every learner who comes (not capped,
 *     allowed only for the kinds that {@link CourseKind#isOpenOffer()}; the scenario validator reports a missing cap
 *     on any other kind)
 * @param childcare childcare is offered during lessons
 */
public record CourseGroup(String id, CourseKind kind, String locationId, LocalDate availableFrom,
                          boolean rollingIntake, List<LocalDate> cohortStarts, int durationWeeks, int hoursPerWeek,
                          Optional<Integer> seats, boolean childcare) {
    public CourseGroup {
        RecordCheck check = RecordCheck.of("courseGroup", id);
        check.required(kind, "kind");
        check.required(locationId, "locationId");
        check.required(availableFrom, "availableFrom");
        cohortStarts = check.list(cohortStarts, "cohortStarts");
        check.positive(durationWeeks, "durationWeeks");
        check.positive(hoursPerWeek, "hoursPerWeek");
        seats = check.optional(seats, "seats");
        seats.ifPresent(n -> check.positive(n, "seats"));
        check.done();
    }

    /** A course group with a cap of {@code seats} learners at the same time. */
    public CourseGroup(String id, CourseKind kind, String locationId, LocalDate availableFrom, boolean rollingIntake,
                       List<LocalDate> cohortStarts, int durationWeeks, int hoursPerWeek, int seats,
                       boolean childcare) {
        this(id, kind, locationId, availableFrom, rollingIntake, cohortStarts, durationWeeks, hoursPerWeek,
                Optional.of(seats), childcare);
    }

    /** True when the scenario states no cap: the group takes every learner who comes. */
    public boolean uncapped() {
        return seats.isEmpty();
    }
}
