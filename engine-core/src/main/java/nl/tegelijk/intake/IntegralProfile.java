package nl.tegelijk.intake;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.Person;

/**
 * One integral profile per person (<i>integrale intake</i>): the person's facts, the household, and the three intake
 * parties' findings merged per life domain. Immutable and thread-safe.
 *
 * @param person the person's facts
 * @param household the person's household
 * @param householdSize number of members of the household
 * @param domains the merged view per life domain; a domain no party reported on is absent
 * @param strengths the person's own strengths, with who recorded them
 * @param wishes the person's own wishes, with who recorded them
 * @param parties the parties that reported
 * @param conflicts where the parties disagree
 */
public record IntegralProfile(Person person, Household household, int householdSize,
                              Map<LifeDomain, DomainView> domains, List<Attributed> strengths,
                              List<Attributed> wishes, Set<IntakeParty> parties, List<IntakeConflict> conflicts) {
    public IntegralProfile {
        requireNonNull(person, "person");
        requireNonNull(household, "household");
        domains = Map.copyOf(domains);
        strengths = List.copyOf(strengths);
        wishes = List.copyOf(wishes);
        parties = Set.copyOf(parties);
        conflicts = List.copyOf(conflicts);
    }

    /** The person's pseudonymous id. */
    public String personId() {
        return person.id();
    }

    /** True when the intake found any support need of at least {@code SOME} in {@code domain}. */
    public boolean needsSupportIn(LifeDomain domain) {
        DomainView view = domains.get(domain);
        return view != null && view.needLevel() != nl.tegelijk.model.NeedLevel.NONE;
    }

    /** True when any party recorded {@code need} for this person. */
    public boolean hasNeed(nl.tegelijk.model.SupportNeed need) {
        return domains.values().stream().anyMatch(v -> v.needs().contains(need));
    }
}
