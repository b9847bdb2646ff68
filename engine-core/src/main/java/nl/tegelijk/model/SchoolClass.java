package nl.tegelijk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * School places of one kind at one school.
 *
 * @param id identifier, unique in the scenario
 * @param kind the kind of school place
 * @param locationId where the school is
 * @param minAge youngest pupil's age in years on the start date
 * @param maxAge oldest pupil's age in years on the start date
 * @param seats pupils at the same time
 * @param availableFrom first day a pupil may start (for rolling intake)
 * @param rollingIntake pupils may start in any week from {@code availableFrom}
 * @param intakeDates intake dates when intake is not rolling
 * @param durationWeeks weeks a pupil stays in this place
 * @param hoursPerWeek school hours per week
 */
public record SchoolClass(String id, SchoolKind kind, String locationId, int minAge, int maxAge, int seats,
                          LocalDate availableFrom, boolean rollingIntake, List<LocalDate> intakeDates,
                          int durationWeeks, int hoursPerWeek) {
    public SchoolClass {
        RecordCheck check = RecordCheck.of("schoolClass", id);
        check.required(kind, "kind");
        check.required(locationId, "locationId");
        check.notNegative(minAge, "minAge");
        check.positive(seats, "seats");
        check.required(availableFrom, "availableFrom");
        intakeDates = check.list(intakeDates, "intakeDates");
        check.positive(durationWeeks, "durationWeeks");
        check.positive(hoursPerWeek, "hoursPerWeek");
        check.done();
    }
}
