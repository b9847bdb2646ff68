package nl.tegelijk.model;

import java.time.LocalDate;

/**
 * A dwelling (<i>woning</i>) offered for permit holders, e.g. by a housing corporation. Holds one household.
 *
 * @param id identifier, unique in the scenario
 * @param locationId where it is
 * @param availableFrom the first day it is free
 * @param rooms number of rooms
 * @param maxOccupants most persons who may live in it
 * @param accessible accessible without stairs
 */
public record Dwelling(String id, String locationId, LocalDate availableFrom, int rooms, int maxOccupants,
                       boolean accessible) {
    public Dwelling {
        RecordCheck check = RecordCheck.of("dwelling", id);
        check.required(locationId, "locationId");
        check.required(availableFrom, "availableFrom");
        check.positive(rooms, "rooms");
        check.positive(maxOccupants, "maxOccupants");
        check.done();
    }

    /**
     * True when {@code household} with {@code members} persons fits: room for every member, at least the rooms it
     * needs, and accessible when it needs that.
     */
    public boolean fits(Household household, long members) {
        return maxOccupants >= members && rooms >= household.minimumRooms()
                && (accessible || !household.needsAccessibleDwelling());
    }
}
