package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.List;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;

/** The kinds of household the generator makes. */
public enum HouseholdType {
    /** One adult: the largest group of households. */
    SINGLE_ADULT,
    /** Two adults without children. */
    COUPLE,
    /** Two adults with one to five children. */
    FAMILY,
    /** One adult with one to four children. */
    SINGLE_PARENT,
    /** An unaccompanied minor (<i>amv</i>) in a small-scale unit or a foster family. */
    UNACCOMPANIED_MINOR,
    /** A permit holder joined by a partner and children on dependent asylum permits (<i>nareizigers</i>). */
    JOINING_FAMILY;

    /** The type of a household read from its members: the generator's children are all minors on the plan start. */
    public static HouseholdType of(List<Person> members, LocalDate planStart) {
        if (members.size() == 1 && members.get(0).unaccompaniedMinor()) {
            return UNACCOMPANIED_MINOR;
        }
        if (members.stream().anyMatch(p -> p.permitKind() == PermitKind.ASYLUM_DEPENDENT)) {
            return JOINING_FAMILY;
        }
        long adults = members.stream().filter(p -> p.ageOn(planStart) >= 18).count();
        long children = members.size() - adults;
        if (children == 0) {
            return adults == 1 ? SINGLE_ADULT : COUPLE;
        }
        return adults == 1 ? SINGLE_PARENT : FAMILY;
    }
}
