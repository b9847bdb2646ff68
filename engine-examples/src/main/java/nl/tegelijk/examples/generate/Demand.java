package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.DutchDiploma;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Learnability;
import nl.tegelijk.model.NationalityGroup;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;

/**
 * A rough estimate of what the generated population will ask of each kind of resource over the horizon, used only to
 * size resources (the rules decide eligibility, not this class). Immutable.
 */
final class Demand {
    private final LocalDate start;
    private final int horizonWeeks;
    private final List<Person> persons;
    private final List<Household> waitingHouseholds;
    private final Map<String, Integer> householdSizes;
    private final Map<String, LocalDate> linkedOn;
    private final int aowAge;

    Demand(GeneratorSettings settings, List<Household> households, List<Person> persons) {
        this.start = settings.planStart();
        this.horizonWeeks = settings.horizonWeeks();
        this.persons = persons;
        this.aowAge = settings.planStart().getYear() < 2018 ? 65 : settings.planStart().getYear() < 2024 ? 66 : 67;
        this.householdSizes = persons.stream()
                .collect(Collectors.groupingBy(Person::householdId, Collectors.summingInt(p -> 1)));
        Map<String, Person> firstMember = persons.stream()
                .collect(Collectors.toMap(Person::householdId, Function.identity(), (a, b) -> a));
        this.linkedOn = persons.stream().filter(p -> p.linkedToMunicipalityDate().isPresent())
                .collect(Collectors.toMap(Person::householdId, p -> p.linkedToMunicipalityDate().get(),
                        (a, b) -> a.isBefore(b) ? a : b));
        List<Household> waiting = new ArrayList<>();
        for (Household h : households) {
            Person first = firstMember.get(h.id());
            StatusStage stage = StatusStage.of(first, start);
            boolean linkedAsylumSeeker = stage == StatusStage.ASYLUM_SEEKER
                    && first.linkedToMunicipalityDate().isPresent();
            if (!first.unaccompaniedMinor() && (linkedAsylumSeeker || stage == StatusStage.LINKED_WAITING
                    || stage == StatusStage.PERMIT_NOT_LINKED || stage == StatusStage.EXPECTED_ARRIVAL)) {
                waiting.add(h);
            }
        }
        this.waitingHouseholds = List.copyOf(waiting);
    }

    /**
     * The day a waiting household is linked to the municipality (its first member's linking), so that the housing
     * clock starts (HV-KOPPEL-01); the plan start for a permit holder not yet linked.
     */
    LocalDate linkedOn(Household household) {
        return linkedOn.getOrDefault(household.id(), start);
    }

    /**
     * Households that will need a dwelling during the horizon: permit holders not yet housed, expected arrivals, and
     * asylum seekers expected to be linked here, in household order.
     */
    List<Household> waitingHouseholds() {
        return waitingHouseholds;
    }

    int sizeOf(Household household) {
        return householdSizes.getOrDefault(household.id(), 1);
    }

    private int age(Person p) {
        return p.ageOn(start);
    }

    private boolean workingAgeAdult(Person p) {
        return age(p) >= 18 && age(p) < aowAge;
    }

    private boolean permitHolder(Person p) {
        return p.status() == ResidenceStatus.PERMIT_HOLDER;
    }

    /**
     * A person the integration course is for during the horizon: a permit holder, or an asylum seeker whose expected
     * permit falls in it (the rules open the duty's course on the permit date: WI13-PLICHT-01g, WI21-PLICHT-01c).
     */
    private boolean integrationLearner(Person p) {
        return permitHolder(p) || p.expectedPermitDate().filter(d -> d.isBefore(start.plusWeeks(horizonWeeks)))
                .isPresent();
    }

    private long count(java.util.function.Predicate<Person> predicate) {
        return persons.stream().filter(predicate).count();
    }

    /** Adults in local reception who may take pre-integration or work in the reception centre. */
    long adultsInReception(List<String> localReceptionIds) {
        return count(p -> workingAgeAdult(p) && p.accommodation().isReception()
                && localReceptionIds.contains(p.locationId()));
    }

    long illiterateAdults() {
        return count(p -> workingAgeAdult(p) && integrationLearner(p) && !p.schooling().literateLatinScript());
    }

    /**
     * Adults who will follow the Wi2013 A2 course: literate permit holders, or asylum seekers expecting a permit, without
     * an exempting result.
     */
    long a2Learners() {
        return count(p -> workingAgeAdult(p) && integrationLearner(p) && p.schooling().literateLatinScript()
                && p.nationalityGroup() != NationalityGroup.TURKISH && !p.dutchLevel().atLeast(CefrLevel.A2)
                && !p.schooling().dutchDiplomas().contains(DutchDiploma.INBURGERINGSDIPLOMA));
    }

    /** Adults outside the integration duty who may want Dutch lessons (adult education). */
    long nonObligedAdults() {
        return count(p -> age(p) >= 18 && (p.nationalityGroup() != NationalityGroup.THIRD_COUNTRY
                || age(p) >= aowAge)) + Math.round(0.03 * count(this::workingAgeAdult));
    }

    /**
     * Adults on the B1 route as the route rules decide it: B1 attainable and the education route does not fit (above
     * its age, or without upper secondary schooling), or no learnability result yet (the B1 route until the test,
     * WI21-LBT-01 and WI21-ROUTE-B1c).
     */
    long b1RouteLearners() {
        return count(p -> workingAgeAdult(p) && integrationLearner(p) && p.schooling().literateLatinScript()
                && p.learnability().map(l -> l == Learnability.B1_ATTAINABLE && !educationRouteFits(p)).orElse(true));
    }

    private boolean educationRouteFits(Person p) {
        return age(p) <= 28 && p.schooling().highestLevel().compareTo(EducationLevel.LOWER_SECONDARY) > 0;
    }

    long educationRouteLearners() {
        return count(p -> workingAgeAdult(p) && integrationLearner(p) && educationRouteFits(p)
                && p.learnability().map(l -> l == Learnability.B1_ATTAINABLE).orElse(false));
    }

    long zRouteLearners() {
        return count(p -> workingAgeAdult(p) && integrationLearner(p)
                && p.learnability().map(l -> l != Learnability.B1_ATTAINABLE).orElse(false));
    }

    /** Children who are or become 4–11 during the horizon and have no school place yet. */
    long primaryPupils() {
        int horizonYears = horizonWeeks / 52;
        return count(p -> p.currentEducation().isEmpty() && age(p) < 12 && age(p) + horizonYears >= 4)
                + count(p -> p.currentEducation().isPresent() && age(p) >= 4 && age(p) < 12
                        && p.accommodation() != Accommodation.DWELLING) / 4;
    }

    long iskPupils() {
        return count(p -> age(p) >= 10 && age(p) < 18 && p.currentEducation().isEmpty());
    }

    long adultEducationLearners() {
        return Math.round(0.10 * count(p -> workingAgeAdult(p) && permitHolder(p)));
    }

    long vocationalLearners() {
        return count(p -> age(p) >= 16 && age(p) <= 27 && (permitHolder(p) || p.unaccompaniedMinor())
                && p.schooling().highestLevel().compareTo(EducationLevel.LOWER_SECONDARY) >= 0) / 3;
    }

    long workingAgePermitHolders() {
        return count(p -> workingAgeAdult(p) && permitHolder(p));
    }

    /** A random skill of a random adult who has skills, so that placement sectors follow the skill mix. */
    String sectorFromSkills(Draw draw) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Person p = draw.pick(persons);
            if (!p.skills().isEmpty()) {
                return draw.pick(p.skills());
            }
        }
        return draw.pick(PersonFactory.SECTORS);
    }
}
