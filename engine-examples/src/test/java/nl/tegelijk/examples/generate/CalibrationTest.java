package nl.tegelijk.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.tegelijk.model.Gender;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On 10,000 persons the generated shares match DOMAIN.md section 8 within a tolerance. */
class CalibrationTest {
    private static final LocalDate START = LocalDate.of(2016, 4, 4);
    private static Scenario scenario;

    @BeforeAll
    static void generate() {
        scenario = ScenarioGenerator.generate(GeneratorSettings.of(10_000, 2016)
                .withPlace(ResourcePreset.ZAANSTAD_2016, START, "Zaanstad"));
    }

    private static double share(List<Person> of, Predicate<Person> which) {
        return of.stream().filter(which).count() / (double) of.size();
    }

    private static List<Person> from(String country) {
        return scenario.persons().stream().filter(p -> p.countryOfOrigin().equals(country)).toList();
    }

    private static boolean minor(Person p) {
        return p.ageOn(START) < 18;
    }

    @Test
    void syriansAre71PercentAndEritreans14Percent() {
        assertThat(share(scenario.persons(), p -> p.countryOfOrigin().equals("SYR"))).isCloseTo(0.71, within(0.03));
        assertThat(share(scenario.persons(), p -> p.countryOfOrigin().equals("ERI"))).isCloseTo(0.14, within(0.03));
    }

    @Test
    void almostFortyPercentOfSyriansAreMinorsWithThePublishedAgeSplit() {
        List<Person> syrians = from("SYR");
        assertThat(share(syrians, CalibrationTest::minor)).isCloseTo(0.39, within(0.03));
        List<Person> minors = syrians.stream().filter(CalibrationTest::minor).toList();
        assertThat(share(minors, p -> p.ageOn(START) < 4)).isCloseTo(1.8 / 11.3, within(0.04));
        assertThat(share(minors, p -> p.ageOn(START) >= 4 && p.ageOn(START) < 12)).isCloseTo(6.1 / 11.3, within(0.05));
        assertThat(share(minors, p -> p.ageOn(START) >= 12)).isCloseTo(3.4 / 11.3, within(0.05));
    }

    @Test
    void aQuarterOfEritreansAreMinorsMostly15To17AndOftenUnaccompanied() {
        List<Person> eritreans = from("ERI");
        assertThat(share(eritreans, CalibrationTest::minor)).isCloseTo(0.25, within(0.04));
        List<Person> minors = eritreans.stream().filter(CalibrationTest::minor).toList();
        // "mostly 15-17" (CBS 2016); about 770 Eritrean minors here, so the share varies by about 0.02 with the seed
        assertThat(share(minors, p -> p.ageOn(START) >= 15)).isGreaterThan(0.47);
        assertThat(share(minors, Person::unaccompaniedMinor)).isGreaterThan(0.4);
    }

    @Test
    void theStatusMixMatchesItsTargetsAndExpectedArrivalsAreTheLargestGroup() {
        double[] targets = StatusStage.targetShares(ResourcePreset.ZAANSTAD_2016);
        Map<StatusStage, Long> counts = scenario.persons().stream()
                .collect(Collectors.groupingBy(p -> StatusStage.of(p, START), () -> new EnumMap<>(StatusStage.class),
                        Collectors.counting()));
        for (int i = 0; i < targets.length; i++) {
            StatusStage stage = StatusStage.values()[i];
            assertThat(counts.getOrDefault(stage, 0L) / 10_000.0).as(stage.name()).isCloseTo(targets[i], within(0.04));
        }
        long largest = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(counts.get(StatusStage.EXPECTED_ARRIVAL)).isEqualTo(largest);
    }

    @Test
    void singleAdultsAreTheLargestHouseholdTypeAndEveryTypeOccurs() {
        Map<HouseholdType, Long> types = scenario.persons().stream()
                .collect(Collectors.groupingBy(Person::householdId)).values().stream()
                .collect(Collectors.groupingBy(m -> HouseholdType.of(m, START),
                        () -> new EnumMap<>(HouseholdType.class), Collectors.counting()));
        assertThat(types).containsOnlyKeys(HouseholdType.values());
        long largest = types.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(types.get(HouseholdType.SINGLE_ADULT)).isEqualTo(largest);
        assertThat(types.get(HouseholdType.SINGLE_ADULT) / (double) scenario.households().size()).isGreaterThan(0.4);
    }

    @Test
    void tenToFifteenPercentOfAdultsAreNotLiterateInTheLatinScript() {
        List<Person> adults = scenario.persons().stream().filter(p -> !minor(p)).toList();
        assertThat(share(adults, p -> !p.schooling().literateLatinScript())).isBetween(0.10, 0.15);
    }

    @Test
    void mostAdultsSpeakNoOrLittleDutchAndMostAreScreenedForTb() {
        List<Person> adults = scenario.persons().stream().filter(p -> !minor(p)).toList();
        assertThat(share(adults, p -> p.dutchLevel().compareTo(nl.tegelijk.model.CefrLevel.A1) <= 0))
                .isGreaterThan(0.9);
        assertThat(share(adults, p -> p.health().tbScreeningDone())).isGreaterThan(0.9);
        assertThat(share(adults, p -> p.health().maxHoursPerWeek().isPresent())).isBetween(0.04, 0.15);
    }

    @Test
    void attributesTheRulesReadDoNotDependOnGender() {
        List<Person> adults = scenario.persons().stream().filter(p -> !minor(p)).toList();
        List<Person> men = adults.stream().filter(p -> p.gender() == Gender.MALE).toList();
        List<Person> women = adults.stream().filter(p -> p.gender() == Gender.FEMALE).toList();
        for (Predicate<Person> attribute : List.<Predicate<Person>>of(
                p -> p.schooling().literateLatinScript(), p -> p.workExperienceYears() > 0,
                p -> p.health().mentalHealthConcern())) {
            assertThat(share(men, attribute)).isCloseTo(share(women, attribute), within(0.04));
        }
        // caring is drawn among the parents of a child under 4, either parent: compare fathers with mothers
        java.util.Set<String> withToddler = scenario.persons().stream().filter(p -> p.ageOn(START) < 4)
                .map(Person::householdId).collect(Collectors.toSet());
        Predicate<Person> parent = p -> withToddler.contains(p.householdId());
        assertThat(share(men.stream().filter(parent).toList(), Person::caresForYoungChildren))
                .isCloseTo(share(women.stream().filter(parent).toList(), Person::caresForYoungChildren),
                        within(0.08));
    }
}
