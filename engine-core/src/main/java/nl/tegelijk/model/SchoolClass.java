package nl.tegelijk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(locationId, "locationId");
        checkArgument(minAge >= 0, "minAge (%s) must not be negative", minAge);
        checkArgument(seats > 0, "seats (%s) must be positive", seats);
        requireNonNull(availableFrom, "availableFrom");
        intakeDates = List.copyOf(intakeDates);
        checkArgument(durationWeeks > 0, "durationWeeks (%s) must be positive", durationWeeks);
        checkArgument(hoursPerWeek > 0, "hoursPerWeek (%s) must be positive", hoursPerWeek);
    }
}
