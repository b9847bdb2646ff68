package nl.tegelijk.model;

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
        RecordCheck check = RecordCheck.of("placement", id);
        check.required(kind, "kind");
        check.required(sector, "sector");
        check.required(minimumDutchLevel, "minimumDutchLevel");
        check.positive(hoursPerWeek, "hoursPerWeek");
        check.positive(slots, "slots");
        check.required(availableFrom, "availableFrom");
        check.positive(durationWeeks, "durationWeeks");
        check.required(locationId, "locationId");
        check.done();
    }
}
