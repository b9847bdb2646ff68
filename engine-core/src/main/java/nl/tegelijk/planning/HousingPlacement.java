package nl.tegelijk.planning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A household housed: it holds the dwelling from move-in to the end of the horizon.
 *
 * @param householdId the household
 * @param memberIds the members whose housing track this realises
 * @param dwellingId the dwelling
 * @param moveInWeek the week of moving in
 * @param moveInDate the first day of that week
 */
public record HousingPlacement(String householdId, List<String> memberIds, String dwellingId, int moveInWeek,
                               LocalDate moveInDate) {
    public HousingPlacement {
        requireNonNull(householdId, "householdId");
        memberIds = List.copyOf(memberIds);
        requireNonNull(dwellingId, "dwellingId");
        requireNonNull(moveInDate, "moveInDate");
    }
}
