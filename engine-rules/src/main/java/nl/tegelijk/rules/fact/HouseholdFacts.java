package nl.tegelijk.rules.fact;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;

/**
 * What the housing rules need to know about a person's household as a whole, summed up from the members' facts (no
 * decision in here): whether a member is an asylum seeker with no permit to come (none expected, or an expected date
 * that has passed without a permit: {@link PersonFacts#getPermitToCome()}), and the latest date an asylum-seeker
 * member is expected to get a permit. The rules decide from it whether and from when the household gets a dwelling
 * (HV-HVV-01b, HV-DUTY-01). Built from the members assessed in one batch: assess a household together (the facade and
 * the command line do). Immutable and thread-safe.
 */
public final class HouseholdFacts {
    private final String householdId;
    private final boolean asylumSeekerWithoutPermit;
    private final Optional<LocalDate> lastExpectedPermit;

    public HouseholdFacts(String householdId, boolean asylumSeekerWithoutPermit,
                          Optional<LocalDate> lastExpectedPermit) {
        this.householdId = requireNonNull(householdId, "householdId");
        this.asylumSeekerWithoutPermit = asylumSeekerWithoutPermit;
        this.lastExpectedPermit = requireNonNull(lastExpectedPermit, "lastExpectedPermit");
    }

    /** The summary of {@code members}, who share {@code householdId}, on {@code referenceDate}. */
    public static HouseholdFacts of(String householdId, Collection<Person> members, LocalDate referenceDate) {
        boolean without = false;
        LocalDate last = null;
        for (Person m : members) {
            if (m.status() != ResidenceStatus.ASYLUM_SEEKER) {
                continue;
            }
            Optional<LocalDate> permit = m.expectedPermitFrom(referenceDate);
            if (permit.isEmpty()) {
                without = true;
            } else if (last == null || permit.get().isAfter(last)) {
                last = permit.get();
            }
        }
        return new HouseholdFacts(householdId, without, Optional.ofNullable(last));
    }

    public String getHouseholdId() { return householdId; }

    /** A member is an asylum seeker with no permit to come (none expected, or the expected date has passed). */
    public boolean isAsylumSeekerWithoutPermit() { return asylumSeekerWithoutPermit; }

    /** The latest expected permit date, on or after the reference date, of an asylum-seeker member, if any. */
    public Optional<LocalDate> getLastExpectedPermit() { return lastExpectedPermit; }
}
