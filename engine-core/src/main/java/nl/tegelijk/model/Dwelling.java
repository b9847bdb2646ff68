package nl.tegelijk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
        requireNonNull(id, "id");
        requireNonNull(locationId, "locationId");
        requireNonNull(availableFrom, "availableFrom");
        checkArgument(rooms > 0, "rooms (%s) must be positive", rooms);
        checkArgument(maxOccupants > 0, "maxOccupants (%s) must be positive", maxOccupants);
    }
}
