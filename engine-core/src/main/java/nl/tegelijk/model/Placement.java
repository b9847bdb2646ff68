package nl.tegelijk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * Work or participation slots offered by an employer or organisation.
 *
 * @param id identifier, unique in the scenario
 * @param kind the kind of placement
 * @param sector the sector, matched against a person's skills
 * @param minimumDutchLevel the least level of Dutch needed to start
 * @param hoursPerWeek hours per week
 * @param slots persons at the same time
 * @param availableFrom first day a person may start
 * @param durationWeeks weeks a person stays
 * @param locationId where it is
 */
public record Placement(String id, PlacementKind kind, String sector, CefrLevel minimumDutchLevel, int hoursPerWeek,
                        int slots, LocalDate availableFrom, int durationWeeks, String locationId) {
    public Placement {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(sector, "sector");
        requireNonNull(minimumDutchLevel, "minimumDutchLevel");
        checkArgument(hoursPerWeek > 0, "hoursPerWeek (%s) must be positive", hoursPerWeek);
        checkArgument(slots > 0, "slots (%s) must be positive", slots);
        requireNonNull(availableFrom, "availableFrom");
        checkArgument(durationWeeks > 0, "durationWeeks (%s) must be positive", durationWeeks);
        requireNonNull(locationId, "locationId");
    }
}
