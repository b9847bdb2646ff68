package nl.tegelijk.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Work or participation slots offered by an employer or organisation.
 *
 * @param id identifier, unique in the scenario
 * @param kind the kind of placement
 * @param sector the sector, matched against a person's skills
 * @param minimumDutchLevel the least level of Dutch needed to start
 * @param hoursPerWeek hours per week
 * @param slots persons at the same time; empty for an open offer that takes everyone who comes (not capped, allowed
 *     only for the kinds that {@link PlacementKind#isOpenOffer()}; the scenario validator reports a missing cap on
 *     any other kind)
 * @param availableFrom first day a person may start
 * @param durationWeeks weeks a person stays
 * @param locationId where it is
 */
public record Placement(String id, PlacementKind kind, String sector, CefrLevel minimumDutchLevel, int hoursPerWeek,
                        Optional<Integer> slots, LocalDate availableFrom, int durationWeeks, String locationId) {
    public Placement {
        RecordCheck check = RecordCheck.of("placement", id);
        check.required(kind, "kind");
        check.required(sector, "sector");
        check.required(minimumDutchLevel, "minimumDutchLevel");
        check.positive(hoursPerWeek, "hoursPerWeek");
        slots = check.optional(slots, "slots");
        slots.ifPresent(n -> check.positive(n, "slots"));
        check.required(availableFrom, "availableFrom");
        check.positive(durationWeeks, "durationWeeks");
        check.required(locationId, "locationId");
        check.done();
    }

    /** A placement with a cap of {@code slots} persons at the same time. */
    public Placement(String id, PlacementKind kind, String sector, CefrLevel minimumDutchLevel, int hoursPerWeek,
                     int slots, LocalDate availableFrom, int durationWeeks, String locationId) {
        this(id, kind, sector, minimumDutchLevel, hoursPerWeek, Optional.of(slots), availableFrom, durationWeeks,
                locationId);
    }

    /** True when the scenario states no cap: the placement takes everyone who comes. */
    public boolean uncapped() {
        return slots.isEmpty();
    }
}
