package nl.tegelijk.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import nl.tegelijk.model.CivicIntegrationFile;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Dispensation;
import nl.tegelijk.model.DutchDiploma;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.EducationKind;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.Gender;
import nl.tegelijk.model.Health;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Learnability;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.NationalityGroup;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.model.SchoolKind;
import nl.tegelijk.model.Schooling;
import nl.tegelijk.model.SupportNeed;
import nl.tegelijk.scenario.AgeBand;

/**
 * The one jqwik domain context of valid scenario data: persons, households, resources and whole scenarios that pass
 * every check of the scenario reader with no error and no warning. Every {@link ResidenceStatus}, every
 * {@link PermitKind}, every {@link AgeBand} and unaccompanied minors are reached (see
 * {@code ScenarioArbitrariesProperties} for the coverage statistics).
 *
 * <p>Ids: households {@code H-1}, {@code H-2}...; persons {@code H-1-P1} (member 1 of {@code H-1}); locations
 * {@code L-1}...; dwellings {@code D-1}... and {@code D-FIT}, a dwelling that fits every household.
 *
 * <p>Reused by other modules through engine-core's test-jar. Stateless and thread-safe; arbitraries are immutable.
 */
public final class ScenarioArbitraries {

    private static final List<String> DISTRICTS = List.of("Zaandam-Centrum", "Kogerveld", "Poelenburg", "Westerwatering",
            "Wormerveer", "Krommenie", "Assendelft", "Hembrug");
    private static final List<String> SECTORS = List.of("construction", "hospitality", "care", "logistics", "retail",
            "engineering", "teaching", "agriculture");
    private static final List<String> COUNTRIES = List.of("SYR", "ERI", "IRQ", "AFG", "IRN", "SOM", "TUR", "POL",
            "YEM", "SDN");

    private ScenarioArbitraries() {
    }

    /** Valid scenarios with 1 to 8 households. */
    public static Arbitrary<Scenario> scenarios() {
        return scenarios(1, 8);
    }

    /** Valid scenarios with {@code minHouseholds} to {@code maxHouseholds} households of 1 to 6 persons each. */
    public static Arbitrary<Scenario> scenarios(int minHouseholds, int maxHouseholds) {
        return mondays().flatMap(planStart -> Arbitraries.integers().between(1, 4).flatMap(locationCount -> {
            Arbitrary<List<Location>> locations = Combinators.combine(IntStream.rangeClosed(1, locationCount)
                    .mapToObj(i -> locations("L-" + i)).toList()).as(list -> list);
            return locations.flatMap(locs -> scenario(planStart, locs, minHouseholds, maxHouseholds));
        })).withoutEdgeCases(); // edge cases of nested flatMaps multiply beyond any time budget
    }

    private static Arbitrary<Scenario> scenario(LocalDate planStart, List<Location> locations, int minHouseholds,
                                                int maxHouseholds) {
        List<String> locationIds = locations.stream().map(Location::id).toList();
        List<String> districts = locations.stream().map(Location::district).distinct().toList();
        Arbitrary<List<HouseholdWithMembers>> households = Arbitraries.integers()
                .between(minHouseholds, maxHouseholds)
                .flatMap(n -> Combinators.combine(IntStream.rangeClosed(1, n)
                        .mapToObj(i -> householdWithMembers("H-" + i, planStart, locationIds, districts)).toList())
                        .as(list -> list));
        return households.flatMap(hs -> {
            List<Person> persons = hs.stream().flatMap(h -> h.members().stream()).toList();
            Arbitrary<List<IntakeReport>> reports = Combinators.combine(persons.stream()
                    .map(p -> intakeReports(p.id(), planStart)).toList())
                    .as(lists -> lists.stream().flatMap(List::stream).toList());
            Arbitrary<List<Dwelling>> dwellings = dwellingsFor(hs, planStart, locationIds);
            Arbitrary<List<CourseGroup>> courses = indexed(0, 5, i -> courseGroups("CG-" + i, planStart, locationIds));
            Arbitrary<List<SchoolClass>> schools = indexed(0, 4, i -> schoolClasses("SC-" + i, planStart, locationIds));
            Arbitrary<List<Placement>> placements = indexed(0, 5, i -> placements("PL-" + i, planStart, locationIds));
            Arbitrary<List<HousingQuota>> quotas = housingQuotas(planStart);
            Arbitrary<Integer> horizon = Arbitraries.integers().between(1, 520).edgeCases(edges -> edges.add(104));
            Arbitrary<Optional<String>> notes = Arbitraries.of("", "Generated scenario.", "Quota derived.")
                    .map(s -> s.isEmpty() ? Optional.<String>empty() : Optional.of(s));
            return Combinators.combine(reports, dwellings, courses, schools, placements, quotas, horizon, notes)
                    .as((r, d, c, s, p, q, hw, n) -> new Scenario("Generated", "Zaanstad", "Zaanstreek/Waterland",
                            planStart, hw, n, locations, hs.stream().map(HouseholdWithMembers::household).toList(),
                            persons, r, d, c, s, p, q));
        });
    }

    /** Mondays from 2014 to 2030. */
    public static Arbitrary<LocalDate> mondays() {
        LocalDate first = LocalDate.of(2014, 1, 6);
        return Arbitraries.integers().between(0, 52 * 17).map(w -> first.plusWeeks(w))
                .edgeCases(edges -> edges.add(LocalDate.of(2016, 4, 4)));
    }

    /** A location in a district of Zaanstad, with coordinates in the Netherlands. */
    public static Arbitrary<Location> locations(String id) {
        return Combinators.combine(Arbitraries.of(DISTRICTS), Arbitraries.doubles().between(50.75, 53.55),
                        Arbitraries.doubles().between(3.36, 7.22))
                .as((district, lat, lon) -> new Location(id, "Location " + id, district, lat, lon));
    }

    /** A household of 1 to 6 members; its first member is an adult unless it is an unaccompanied minor. */
    public static Arbitrary<HouseholdWithMembers> householdWithMembers(String householdId, LocalDate planStart,
                                                                       List<String> locationIds,
                                                                       List<String> districts) {
        Arbitrary<Household> household = Combinators.combine(Arbitraries.of(true, false),
                        Arbitraries.integers().between(1, 4),
                        Arbitraries.of(districts).optional(0.3))
                .as((accessible, rooms, district) -> new Household(householdId, accessible, rooms, district));
        Arbitrary<List<Person>> unaccompanied = persons(householdId + "-P1", householdId, planStart, locationIds,
                Arbitraries.of(ResidenceStatus.ASYLUM_SEEKER, ResidenceStatus.PERMIT_HOLDER),
                Arbitraries.just(AgeBand.AGE_12_17), true).map(List::of);
        Arbitrary<List<Person>> family = Arbitraries.of(ResidenceStatus.values()).flatMap(status ->
                Arbitraries.integers().between(1, 6).flatMap(size -> Combinators.combine(IntStream.rangeClosed(1, size)
                        .mapToObj(m -> persons(householdId + "-P" + m, householdId, planStart, locationIds,
                                Arbitraries.just(status),
                                m == 1 ? Arbitraries.of(AgeBand.AGE_18_26, AgeBand.AGE_27_66, AgeBand.AGE_67_PLUS)
                                        : Arbitraries.of(AgeBand.values()), false))
                        .toList()).as(list -> list)));
        Arbitrary<List<Person>> members = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, unaccompanied), net.jqwik.api.Tuple.of(6, family));
        return Combinators.combine(household, members).as(HouseholdWithMembers::new).withoutEdgeCases();
    }

    /**
     * A person with a status from {@code statuses} and an age in a band from {@code bands} on the plan start, with
     * procedure dates in their legal order and a permit kind that matches the status.
     */
    public static Arbitrary<Person> persons(String id, String householdId, LocalDate planStart,
                                            List<String> locationIds, Arbitrary<ResidenceStatus> statuses,
                                            Arbitrary<AgeBand> bands, boolean unaccompaniedMinor) {
        Arbitrary<LocalDate> birthDates = bands.flatMap(band -> Arbitraries.integers()
                .between(band.from(), Math.min(band.to(), 95))
                .flatMap(age -> Arbitraries.integers().between(0, 364)
                        .map(days -> planStart.minusYears(age).minusDays(days))));
        Arbitrary<Procedure> procedures = statuses.flatMap(status -> procedures(status, planStart, unaccompaniedMinor));
        Arbitrary<Schooling> schooling = Combinators.combine(Arbitraries.integers().between(0, 20),
                        Arbitraries.of(EducationLevel.values()), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.subsetOf(DutchDiploma.values()))
                .as((years, level, literate, latin, diplomas) -> new Schooling(years, level, literate,
                        literate && latin, sorted(diplomas)));
        Arbitrary<Health> health = Combinators.combine(Arbitraries.integers().between(0, 40).optional(0.2),
                        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Health::new);
        Arbitrary<Facts> facts = Combinators.combine(Arbitraries.of(CefrLevel.values()),
                        Arbitraries.of(Learnability.values()).optional(0.4),
                        Arbitraries.of(Dispensation.values()).optional(0.1),
                        Arbitraries.integers().between(0, 30), Arbitraries.subsetOf(SECTORS),
                        Arbitraries.of(EducationKind.values()).optional(0.3),
                        Arbitraries.integers().between(0, 12), Arbitraries.of(true, false))
                .as(Facts::new);
        return Combinators.combine(birthDates, Arbitraries.of(Gender.values()), procedures, schooling, health, facts,
                        Arbitraries.of(locationIds), Arbitraries.of(true, false))
                .as((birth, gender, proc, school, hlth, f, location, cares) -> new Person(id, householdId, birth,
                        gender, proc.country(), proc.nationality(), proc.status(), proc.permitKind(),
                        proc.application(), proc.permit(), proc.linked(), proc.arrival(), proc.socialAssistance(),
                        school, f.currentEducation(), f.dutchLevel(), f.learnability(), f.dispensation(),
                        f.workExperienceYears(), f.skills().stream().sorted().toList(), hlth, cares,
                        proc.accommodation(), location, unaccompaniedMinor, f.yearsInNetherlands(),
                        f.integratedInOtherEuState() && proc.nationality() == NationalityGroup.THIRD_COUNTRY, Optional.empty(),
                        CivicIntegrationFile.NONE));
    }

    /** The residence facts of one status: permit kind, nationality and procedure dates in their legal order. */
    private static Arbitrary<Procedure> procedures(ResidenceStatus status, LocalDate planStart, boolean minor) {
        Arbitrary<Integer> days = Arbitraries.integers().between(0, 400);
        Arbitrary<Accommodation> reception = minor
                ? Arbitraries.of(Accommodation.FOSTER_FAMILY, Accommodation.SMALL_SCALE_UNIT)
                : Arbitraries.of(Accommodation.RECEPTION_CENTRE, Accommodation.EMERGENCY_SHELTER);
        Arbitrary<String> asylumCountries = Arbitraries.of(COUNTRIES.subList(0, 7));
        return switch (status) {
            case ASYLUM_SEEKER -> Combinators.combine(days, reception, asylumCountries,
                            Arbitraries.of(NationalityGroup.THIRD_COUNTRY, NationalityGroup.TURKISH))
                    .as((ago, accommodation, country, nationality) -> new Procedure(status, PermitKind.NONE,
                            nationality, country, Optional.of(planStart.minusDays(ago)), Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), accommodation));
            case PERMIT_HOLDER -> Combinators.combine(Arbitraries.of(PermitKind.ASYLUM_FIXED_TERM,
                                    PermitKind.ASYLUM_DEPENDENT, PermitKind.REGULAR_FAMILY_OF_ASYLUM_HOLDER),
                            days, days.optional(0.8), days.optional(0.6), days.optional(0.5),
                            Arbitraries.of(Accommodation.values()), asylumCountries,
                            Arbitraries.integers().between(0, 150).optional(0.3))
                    .as((kind, permitAgo, beforePermit, linkedAfter, arrivalAfter, accommodation, country,
                         assistance) -> {
                        LocalDate permit = planStart.minusDays(permitAgo);
                        Optional<LocalDate> linked = linkedAfter.map(permit::plusDays);
                        Optional<LocalDate> arrival = linked.flatMap(l -> arrivalAfter.map(l::plusDays));
                        return new Procedure(status, kind, NationalityGroup.THIRD_COUNTRY, country,
                                beforePermit.map(permit::minusDays), Optional.of(permit), linked, arrival,
                                arrival.flatMap(a -> assistance.map(a::plusDays)),
                                minor && accommodation.isReception() ? Accommodation.SMALL_SCALE_UNIT : accommodation);
                    });
            case OTHER_RESIDENT -> Combinators.combine(Arbitraries.of(PermitKind.REGULAR_FAMILY,
                                    PermitKind.REGULAR_OTHER, PermitKind.REGULAR_TEMPORARY_PURPOSE,
                                    PermitKind.EU_FREE_MOVEMENT),
                            Arbitraries.integers().between(0, 2000).optional(0.8),
                            Arbitraries.of(Accommodation.DWELLING, Accommodation.OTHER), Arbitraries.of(COUNTRIES),
                            Arbitraries.of(NationalityGroup.values()))
                    .as((kind, arrivalAgo, accommodation, country, nationality) -> new Procedure(status, kind,
                            kind == PermitKind.EU_FREE_MOVEMENT || nationality != NationalityGroup.EU_EEA_SWISS
                                    ? nationality : NationalityGroup.THIRD_COUNTRY,
                            country, Optional.empty(), Optional.empty(), Optional.empty(),
                            arrivalAgo.map(planStart::minusDays), Optional.empty(), accommodation));
        };
    }

    /** Zero to three intake reports about one person, from distinct parties, each with distinct life domains. */
    public static Arbitrary<List<IntakeReport>> intakeReports(String personId, LocalDate planStart) {
        return Arbitraries.subsetOf(IntakeParty.values()).flatMap(parties -> Combinators.combine(
                sorted(parties).stream().map(party -> Combinators.combine(findings(),
                                Arbitraries.integers().between(1, 120),
                                Arbitraries.of("speaks English", "good with numbers", "social").list().ofMaxSize(2),
                                Arbitraries.of("a job", "a house near school", "learn Dutch").list().ofMaxSize(2))
                        .as((findings, ago, strengths, wishes) -> new IntakeReport(
                                "IR-" + personId + "-" + party.ordinal(), personId, party, planStart.minusDays(ago),
                                findings, strengths, wishes)))
                        .toList()).as(list -> list)).withoutEdgeCases();
    }

    private static Arbitrary<List<Finding>> findings() {
        return Arbitraries.subsetOf(LifeDomain.values()).flatMap(domains -> Combinators.combine(
                sorted(domains).stream().map(domain -> Combinators.combine(Arbitraries.of(NeedLevel.values()),
                                Arbitraries.subsetOf(SupportNeed.values()),
                                Arbitraries.of("seen twice", "needs follow-up").optional(0.3))
                        .as((level, needs, note) -> new Finding(domain, level, sorted(needs), note)))
                        .toList()).as(list -> list));
    }

    /** Zero to five dwellings, plus one that fits the largest household, so that every household fits somewhere. */
    private static Arbitrary<List<Dwelling>> dwellingsFor(List<HouseholdWithMembers> households, LocalDate planStart,
                                                          List<String> locationIds) {
        int largest = households.stream().mapToInt(h -> h.members().size()).max().orElse(1);
        int mostRooms = households.stream().mapToInt(h -> h.household().minimumRooms()).max().orElse(1);
        return indexed(1, 5, i -> dwellings("D-" + i, planStart, locationIds)).flatMap(list ->
                Combinators.combine(Arbitraries.of(locationIds), Arbitraries.integers().between(0, 200))
                        .as((location, days) -> {
                            List<Dwelling> all = new ArrayList<>(list);
                            all.add(new Dwelling("D-FIT", location, planStart.plusDays(days), mostRooms, largest,
                                    true));
                            return List.copyOf(all);
                        }));
    }

    /** A dwelling free within 200 days of the plan start. */
    public static Arbitrary<Dwelling> dwellings(String id, LocalDate planStart, List<String> locationIds) {
        return Combinators.combine(Arbitraries.of(locationIds), Arbitraries.integers().between(-60, 200),
                        Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 8),
                        Arbitraries.of(true, false))
                .as((location, days, rooms, occupants, accessible) -> new Dwelling(id, location,
                        planStart.plusDays(days), rooms, occupants, accessible));
    }

    /** A course group with rolling intake or one to four cohort starts; pre-integration now and then not capped. */
    public static Arbitrary<CourseGroup> courseGroups(String id, LocalDate planStart, List<String> locationIds) {
        return Combinators.combine(Arbitraries.of(CourseKind.values()), Arbitraries.of(locationIds),
                        Arbitraries.integers().between(0, 100), Arbitraries.of(true, false), cohorts(planStart),
                        Arbitraries.integers().between(4, 104), Arbitraries.integers().between(2, 20),
                        Arbitraries.integers().between(4, 30))
                .as((kind, location, from, rolling, cohorts, weeks, hours, seats) -> new CourseGroup(id, kind,
                        location, planStart.plusDays(from), rolling, cohorts, weeks, hours,
                        cap(kind.isOpenOffer(), seats), seats % 2 == 0));
    }

    /** A school class with rolling intake or one to four intake dates, and minAge at most maxAge. */
    public static Arbitrary<SchoolClass> schoolClasses(String id, LocalDate planStart, List<String> locationIds) {
        return Combinators.combine(Arbitraries.of(SchoolKind.values()), Arbitraries.of(locationIds),
                        Arbitraries.integers().between(4, 30), Arbitraries.integers().between(0, 6),
                        Arbitraries.integers().between(5, 30), Arbitraries.of(true, false), cohorts(planStart),
                        Arbitraries.integers().between(10, 26))
                .as((kind, location, minAge, span, seats, rolling, dates, hours) -> new SchoolClass(id, kind,
                        location, minAge, minAge + span, seats, planStart, rolling, dates, 52, hours));
    }

    /** A work or participation placement; volunteer work and social participation now and then not capped. */
    public static Arbitrary<Placement> placements(String id, LocalDate planStart, List<String> locationIds) {
        return Combinators.combine(Arbitraries.of(PlacementKind.values()), Arbitraries.of(SECTORS),
                        Arbitraries.of(CefrLevel.values()), Arbitraries.integers().between(2, 40),
                        Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 150),
                        Arbitraries.integers().between(4, 104), Arbitraries.of(locationIds))
                .as((kind, sector, level, hours, slots, from, weeks, location) -> new Placement(id, kind, sector,
                        level, hours, cap(kind.isOpenOffer(), slots), planStart.plusDays(from), weeks, location));
    }

    /** No cap for one in three open offers, so the format's absent cap is generated too. */
    private static Optional<Integer> cap(boolean openOffer, int capacity) {
        return openOffer && capacity % 3 == 0 ? Optional.empty() : Optional.of(capacity);
    }

    /** Quotas for distinct half-years around the plan start. */
    public static Arbitrary<List<HousingQuota>> housingQuotas(LocalDate planStart) {
        List<int[]> halves = IntStream.rangeClosed(planStart.getYear() - 1, planStart.getYear() + 2).boxed()
                .flatMap(year -> IntStream.of(1, 2).mapToObj(half -> new int[] {year, half})).toList();
        return Arbitraries.subsetOf(halves).flatMap(chosen -> Combinators.combine(chosen.stream()
                        .sorted(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> h[1]))
                        .map(h -> Arbitraries.integers().between(0, 500).map(n -> new HousingQuota(h[0], h[1], n)))
                        .toList())
                .as(list -> list));
    }

    private static Arbitrary<List<LocalDate>> cohorts(LocalDate planStart) {
        return Arbitraries.integers().between(0, 60).set().ofMinSize(1).ofMaxSize(4)
                .map(weeks -> weeks.stream().sorted().map(planStart::plusWeeks).toList());
    }

    private static <T> Arbitrary<List<T>> indexed(int min, int max,
                                                  java.util.function.IntFunction<Arbitrary<T>> element) {
        return Arbitraries.integers().between(min, max).flatMap(n -> Combinators.combine(
                IntStream.rangeClosed(1, n).mapToObj(element).toList()).as(list -> list));
    }

    private static <T extends Comparable<? super T>> List<T> sorted(Set<T> values) {
        return values.stream().sorted().toList();
    }

    /** A household and the persons who belong to it. */
    public record HouseholdWithMembers(Household household, List<Person> members) {
        public HouseholdWithMembers {
            members = List.copyOf(members);
        }
    }

    private record Procedure(ResidenceStatus status, PermitKind permitKind, NationalityGroup nationality,
                             String country, Optional<LocalDate> application, Optional<LocalDate> permit,
                             Optional<LocalDate> linked, Optional<LocalDate> arrival,
                             Optional<LocalDate> socialAssistance, Accommodation accommodation) {
    }

    private record Facts(CefrLevel dutchLevel, Optional<Learnability> learnability,
                         Optional<Dispensation> dispensation, int workExperienceYears, Set<String> skills,
                         Optional<EducationKind> currentEducation, int yearsInNetherlands,
                         boolean integratedInOtherEuState) {
    }
}
