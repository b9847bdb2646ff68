package nl.tegelijk.model;

import java.util.Optional;

/**
 * A household (<i>huishouden</i>) that is housed together. Members are the persons whose {@code householdId} is this id.
 *
 * @param id identifier, unique in the scenario
 * @param needsAccessibleDwelling the household needs an accessible dwelling (e.g. a wheelchair user)
 * @param minimumRooms the fewest rooms a dwelling must have for this household (local policy, HV-FIT-01)
 * @param preferredDistrict a district the household prefers, when it has one
 */
public record Household(String id, boolean needsAccessibleDwelling, int minimumRooms,
                        Optional<String> preferredDistrict) {
    public Household {
        RecordCheck check = RecordCheck.of("household", id);
        check.positive(minimumRooms, "minimumRooms");
        preferredDistrict = check.optional(preferredDistrict, "preferredDistrict");
        check.done();
    }
}
