package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;

/**
 * Draws households and their members: origin, household type, status stage, ages and procedure dates. Personal
 * attributes are drawn by {@link PersonFactory}. Not thread-safe: one instance per generation.
 */
final class PopulationGenerator {

    /** The generated households and persons, in id order. */
    record Population(List<Household> households, List<Person> persons) {
        Population {
            households = List.copyOf(households);
            persons = List.copyOf(persons);
        }
    }

    /** Share of asylum seekers in the local emergency shelter rather than the reception centre, when there is one. */
    private static final double SHELTER_SHARE = 0.5;
    /** Share of linked permit holders who wait in a reception centre elsewhere in the country (assumption). */
    private static final double WAITING_ELSEWHERE_SHARE = 0.6;
    /** Share of asylum seekers in local reception whose asylum decision is expected within the horizon (assumption). */
    private static final double EXPECTED_DECISION_SHARE = 0.7;
    /** Share of those whom COA then links to this municipality (assumption; "Zaanse" permit holders returned). */
    private static final double LINKED_HERE_SHARE = 0.3;

    private final GeneratorSettings settings;
    private final MunicipalityMap map;
    private final Draw draw;
    private final PersonFactory persons;
    private final LocalDate start;
    private final List<Origin> origins;
    private final double[] originWeights;
    private final double[] stageWeights;
    /** Weight of each week of the horizon for COA's linking: the housing quota of its half-year. */
    private final double[] linkWeekWeights;

    PopulationGenerator(GeneratorSettings settings, MunicipalityMap map, Draw draw, Draw genderDraw) {
        this.settings = settings;
        this.map = map;
        this.draw = draw;
        this.start = settings.planStart();
        this.persons = new PersonFactory(settings, draw, genderDraw);
        this.origins = Origin.mixFor(start);
        this.originWeights = origins.stream().mapToDouble(o -> o.share() / o.profile().expectedSize()).toArray();
        this.stageWeights = StatusStage.targetShares(settings.preset());
        this.linkWeekWeights = linkWeekWeights(settings);
    }

    /** Week w (0 .. horizon − 5) weighs the quota per week of the half-year it falls in (HV-FORMULA-01). */
    private static double[] linkWeekWeights(GeneratorSettings settings) {
        List<nl.tegelijk.model.HousingQuota> quotas = QuotaTable.quotas(settings);
        double[] weights = new double[Math.max(1, settings.horizonWeeks() - 4)];
        for (int w = 0; w < weights.length; w++) {
            LocalDate day = settings.planStart().plusWeeks(w);
            int half = day.getMonthValue() <= 6 ? 1 : 2;
            weights[w] = quotas.stream().filter(q -> q.year() == day.getYear() && q.half() == half)
                    .mapToDouble(q -> Math.max(1, q.persons())).findFirst().orElse(1.0);
        }
        return weights;
    }

    Population generate() {
        List<Household> households = new ArrayList<>();
        List<Person> people = new ArrayList<>(settings.persons());
        while (people.size() < settings.persons()) {
            int remaining = settings.persons() - people.size();
            Origin origin = origins.get(draw.weighted(originWeights));
            HouseholdType type = HouseholdType.values()[draw.weighted(origin.profile().typeWeights())];
            StatusStage stage = StatusStage.values()[draw.weighted(stageWeights)];
            if (type == HouseholdType.JOINING_FAMILY && (stage == StatusStage.ASYLUM_SEEKER
                    || stage == StatusStage.PERMIT_NOT_LINKED || stage == StatusStage.EXPECTED_ARRIVAL)) {
                type = HouseholdType.FAMILY; // a partner joins only someone whose permit is older
            }
            String householdId = String.format("H-%06d", households.size() + 1);
            List<MemberDraft> members = draftMembers(type, stage, remaining);
            if (members.size() == 1 && type != HouseholdType.UNACCOMPANIED_MINOR) {
                type = HouseholdType.SINGLE_ADULT;
            }
            List<Person> added = persons.members(householdId, members, origin, people.size());
            households.add(persons.household(householdId, added, map));
            people.addAll(added);
        }
        return new Population(households, people);
    }

    private List<MemberDraft> draftMembers(HouseholdType type, StatusStage stage, int remaining) {
        List<Integer> ages = ages(type, remaining);
        Place place = place(type, stage, ages.get(0));
        if (type == HouseholdType.JOINING_FAMILY) {
            return joiningFamily(stage, ages, place);
        }
        Dates dates = dates(stage, ages.size() == 1 && type != HouseholdType.UNACCOMPANIED_MINOR,
                type == HouseholdType.UNACCOMPANIED_MINOR);
        List<MemberDraft> members = new ArrayList<>();
        for (int i = 0; i < ages.size(); i++) {
            MemberDraft.Role role = role(type, i);
            members.add(member(role, ages.get(i), dates, PermitKind.ASYLUM_FIXED_TERM, place));
        }
        return members;
    }

    /** Ages on the plan start: adults first, then children; never more members than {@code remaining}. */
    private List<Integer> ages(HouseholdType type, int remaining) {
        List<Integer> children = new ArrayList<>();
        int adults;
        switch (type) {
            case SINGLE_ADULT -> adults = 1;
            case COUPLE -> adults = 2;
            case FAMILY -> {
                adults = 2;
                addChildren(children, 1 + draw.weighted(HouseholdProfile.FAMILY_CHILDREN));
            }
            case SINGLE_PARENT -> {
                adults = 1;
                addChildren(children, 1 + draw.weighted(HouseholdProfile.SINGLE_PARENT_CHILDREN));
            }
            case JOINING_FAMILY -> {
                adults = draw.chance(HouseholdProfile.JOINING_PARTNER) ? 2 : 1;
                addChildren(children, draw.weighted(HouseholdProfile.JOINING_CHILDREN));
            }
            case UNACCOMPANIED_MINOR -> {
                return List.of(draw.chance(0.8) ? draw.between(15, 17) : draw.between(12, 14));
            }
            default -> throw new IllegalStateException("unknown household type " + type);
        }
        adults = Math.min(adults, remaining);
        while (adults + children.size() > remaining) {
            children.remove(children.size() - 1);
        }
        int oldestChild = children.stream().mapToInt(Integer::intValue).max().orElse(-1);
        List<Integer> ages = new ArrayList<>();
        int drawn = PersonFactory.adultAge(draw);
        int first = oldestChild < 0 ? drawn : Math.max(drawn, oldestChild + 18 + draw.between(0, 8));
        ages.add(first);
        if (adults == 2) {
            ages.add(Math.max(18, Math.max(oldestChild + 18, first + draw.between(-8, 5))));
        }
        ages.addAll(children);
        return ages;
    }

    /** Minor ages 0–3 / 4–11 / 12–17 as 1.8k / 6.1k / 3.4k (Syrians, CBS 2016; DOMAIN.md 8.3). */
    private void addChildren(List<Integer> children, int count) {
        for (int i = 0; i < count; i++) {
            int band = draw.weighted(new double[] {1.8, 6.1, 3.4});
            children.add(switch (band) {
                case 0 -> draw.between(0, 3);
                case 1 -> draw.between(4, 11);
                default -> draw.between(12, 17);
            });
        }
    }

    private static MemberDraft.Role role(HouseholdType type, int index) {
        if (type == HouseholdType.UNACCOMPANIED_MINOR) {
            return MemberDraft.Role.MINOR_ALONE;
        }
        if (index == 0) {
            return MemberDraft.Role.MAIN;
        }
        boolean twoAdults = type == HouseholdType.COUPLE || type == HouseholdType.FAMILY;
        return index == 1 && twoAdults ? MemberDraft.Role.PARTNER : MemberDraft.Role.CHILD;
    }

    /**
     * Procedure dates of one household. Singles wait longer for a dwelling than families (DOMAIN.md 8.3). An asylum
     * seeker may expect a decision ({@code expectedPermit}) and a linking here after it.
     */
    private record Dates(Optional<LocalDate> application, Optional<LocalDate> permit, Optional<LocalDate> linked,
                         Optional<LocalDate> arrival, Optional<LocalDate> expectedPermit) {
        Dates(Optional<LocalDate> application, Optional<LocalDate> permit, Optional<LocalDate> linked,
              Optional<LocalDate> arrival) {
            this(application, permit, linked, arrival, Optional.empty());
        }
    }

    private Dates dates(StatusStage stage, boolean single, boolean minorAlone) {
        return switch (stage) {
            case ASYLUM_SEEKER -> asylumSeeker(minorAlone);
            case EXPECTED_ARRIVAL -> {
                LocalDate linked = start.plusWeeks(1 + draw.weighted(linkWeekWeights)).plusDays(draw.between(0, 4));
                LocalDate permit = draw.weeksBefore(linked, 1, 3);
                yield new Dates(Optional.of(draw.weeksBefore(permit, 12, 70)), Optional.of(permit),
                        Optional.of(linked), Optional.empty());
            }
            case PERMIT_NOT_LINKED -> {
                LocalDate permit = start.minusDays(draw.between(2, 13));
                yield new Dates(Optional.of(draw.weeksBefore(permit, 12, 70)), Optional.of(permit), Optional.empty(),
                        Optional.empty());
            }
            case LINKED_WAITING -> {
                LocalDate linked = single ? draw.weeksBefore(start, 4, 40) : draw.weeksBefore(start, 1, 20);
                LocalDate permit = draw.weeksBefore(linked, 1, 3);
                yield new Dates(Optional.of(draw.weeksBefore(permit, 12, 70)), Optional.of(permit),
                        Optional.of(linked), Optional.empty());
            }
            default -> {
                LocalDate arrival = draw.weeksBefore(start, 1, 104);
                LocalDate linked = single ? draw.weeksBefore(arrival, 10, 40) : draw.weeksBefore(arrival, 4, 16);
                LocalDate permit = draw.weeksBefore(linked, 1, 3);
                yield new Dates(Optional.of(draw.weeksBefore(permit, 12, 70)), Optional.of(permit),
                        Optional.of(linked), Optional.of(arrival));
            }
        };
    }

    /**
     * An asylum seeker in local reception: pending 1–52 weeks; most expect a decision within the horizon, and some of
     * those are then linked to this municipality 1–3 weeks later (HV-KOPPEL-01). Unaccompanied minors are placed by
     * Nidos, not linked by COA.
     */
    private Dates asylumSeeker(boolean minorAlone) {
        LocalDate application = draw.weeksBefore(start, 1, 52);
        if (!draw.chance(EXPECTED_DECISION_SHARE)) {
            return new Dates(Optional.of(application), Optional.empty(), Optional.empty(), Optional.empty());
        }
        LocalDate expected = start.plusWeeks(draw.between(2, settings.horizonWeeks() / 2)).plusDays(draw.between(0, 4));
        Optional<LocalDate> linked = !minorAlone && draw.chance(LINKED_HERE_SHARE)
                ? Optional.of(expected.plusWeeks(draw.between(1, 3))) : Optional.empty();
        return new Dates(Optional.of(application), Optional.empty(), linked, Optional.empty(), Optional.of(expected));
    }

    /**
     * A permit holder joined by family on dependent asylum permits (nareis, HV-NAREIS-01): the application for them
     * within 3 months of the sponsor's permit, their permit some months later, then linked to the sponsor's
     * municipality; when the household arrived earlier the sponsor came first.
     */
    private List<MemberDraft> joiningFamily(StatusStage stage, List<Integer> ages, Place place) {
        LocalDate depPermit;
        LocalDate depLinked;
        Optional<LocalDate> depArrival;
        if (stage == StatusStage.ARRIVED_EARLIER && draw.chance(0.5)) {
            LocalDate arrival = draw.weeksBefore(start, 1, 52);
            depLinked = draw.weeksBefore(arrival, 1, 4);
            depPermit = depLinked.minusDays(draw.between(1, 14));
            depArrival = Optional.of(arrival);
        } else {
            // the family is still abroad: COA links it to the sponsor's municipality after the plan start
            depLinked = start.plusWeeks(draw.between(2, Math.max(3, settings.horizonWeeks() * 2 / 3)))
                    .plusDays(draw.between(0, 4));
            depPermit = depLinked.minusDays(draw.between(1, 10));
            depArrival = Optional.empty();
        }
        LocalDate depApplication = draw.weeksBefore(depPermit, 8, 30);
        LocalDate sponsorPermit = draw.weeksBefore(depApplication, 1, 12);
        if (sponsorPermit.isAfter(start.minusWeeks(2))) {
            sponsorPermit = draw.weeksBefore(start, 1, 12);
            depApplication = sponsorPermit.plusWeeks(draw.between(1, 12));
        }
        LocalDate sponsorLinked = sponsorPermit.plusWeeks(draw.between(1, 3));
        if (!sponsorLinked.isBefore(start)) {
            sponsorLinked = start.minusDays(1); // the sponsor is in view: linked before the plan start
        }
        LocalDate linkedSponsor = sponsorLinked;
        Optional<LocalDate> sponsorArrival = stage == StatusStage.ARRIVED_EARLIER
                ? Optional.of(depArrival.orElse(start).minusWeeks(draw.between(0, 20)))
                        .map(a -> a.isAfter(linkedSponsor) ? a : linkedSponsor.plusWeeks(1))
                        .filter(a -> a.isBefore(start))
                : Optional.empty();
        Dates sponsor = new Dates(Optional.of(draw.weeksBefore(sponsorPermit, 12, 70)), Optional.of(sponsorPermit),
                Optional.of(sponsorLinked), sponsorArrival);
        Dates dependants = new Dates(Optional.of(depApplication), Optional.of(depPermit), Optional.of(depLinked),
                depArrival);
        Place dependantsPlace = depArrival.isPresent() ? place
                : new Place(Accommodation.RECEPTION_CENTRE, map.receptionElsewhere());
        List<MemberDraft> members = new ArrayList<>();
        members.add(member(MemberDraft.Role.MAIN, ages.get(0), sponsor, PermitKind.ASYLUM_FIXED_TERM, place));
        for (int i = 1; i < ages.size(); i++) {
            boolean partner = i == 1 && ages.get(i) >= 18;
            members.add(member(partner ? MemberDraft.Role.PARTNER : MemberDraft.Role.CHILD, ages.get(i), dependants,
                    PermitKind.ASYLUM_DEPENDENT, dependantsPlace));
        }
        return members;
    }

    /**
     * One member with a birth date that fits the procedure: a child born after the asylum application gets its own
     * application the day after birth, and is born before the permit.
     */
    private MemberDraft member(MemberDraft.Role role, int age, Dates dates, PermitKind permitKind, Place place) {
        LocalDate birth = start.minusYears(age).minusDays(draw.between(2, 364));
        LocalDate latestBirth = dates.permit().orElse(start).minusDays(2);
        if (birth.isAfter(latestBirth)) {
            birth = latestBirth.minusDays(draw.between(0, 30));
        }
        LocalDate afterBirth = birth.plusDays(1);
        Optional<LocalDate> application = dates.application()
                .map(a -> a.isBefore(afterBirth) ? afterBirth : a);
        ResidenceStatus status = dates.permit().isPresent() ? ResidenceStatus.PERMIT_HOLDER
                : ResidenceStatus.ASYLUM_SEEKER;
        return new MemberDraft(role, birth, status, dates.permit().isPresent() ? permitKind : PermitKind.NONE,
                application, dates.permit(), dates.linked(), dates.arrival(), place.accommodation(),
                place.location().id(), dates.expectedPermit());
    }

    /** Where a household lives on the plan start. */
    private record Place(Accommodation accommodation, Location location) {
    }

    private Place place(HouseholdType type, StatusStage stage, int firstAge) {
        if (type == HouseholdType.UNACCOMPANIED_MINOR) {
            return switch (stage) {
                case ASYLUM_SEEKER, ARRIVED_EARLIER -> firstAge < 15
                        ? new Place(Accommodation.FOSTER_FAMILY, draw.pick(map.allDistricts()))
                        : new Place(Accommodation.SMALL_SCALE_UNIT, map.minorsUnit());
                default -> new Place(Accommodation.RECEPTION_CENTRE, map.receptionElsewhere());
            };
        }
        return switch (stage) {
            case ARRIVED_EARLIER -> new Place(Accommodation.DWELLING, draw.pick(map.housingDistricts()));
            case EXPECTED_ARRIVAL -> new Place(Accommodation.RECEPTION_CENTRE, map.receptionElsewhere());
            case LINKED_WAITING -> draw.chance(WAITING_ELSEWHERE_SHARE)
                    ? new Place(Accommodation.RECEPTION_CENTRE, map.receptionElsewhere())
                    : localReception();
            default -> localReception();
        };
    }

    private Place localReception() {
        if (map.emergencyShelter().isPresent() && draw.chance(SHELTER_SHARE)) {
            return new Place(Accommodation.EMERGENCY_SHELTER, map.emergencyShelter().get());
        }
        return new Place(Accommodation.RECEPTION_CENTRE, draw.pick(map.localReception()));
    }
}
