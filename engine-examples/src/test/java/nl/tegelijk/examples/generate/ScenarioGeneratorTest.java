package nl.tegelijk.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioGeneratorTest {
    private static final LocalDate START_2016 = LocalDate.of(2016, 4, 4);

    private static GeneratorSettings zaanstad2016(int persons) {
        return GeneratorSettings.of(persons, 7).withPlace(ResourcePreset.ZAANSTAD_2016, START_2016, "Zaanstad");
    }

    @Test
    void sameSettingsGiveAnEqualScenario() {
        GeneratorSettings settings = zaanstad2016(2_000);
        assertThat(ScenarioGenerator.generate(settings)).isEqualTo(ScenarioGenerator.generate(settings));
    }

    @Test
    void anotherSeedGivesAnotherScenario() {
        GeneratorSettings settings = zaanstad2016(200);
        assertThat(ScenarioGenerator.generate(settings).persons())
                .isNotEqualTo(ScenarioGenerator.generate(settings.withSeed(8)).persons());
    }

    @Test
    void theSamePersonsAppearUnderEveryPressure() {
        GeneratorSettings settings = zaanstad2016(500);
        Scenario relaxed = ScenarioGenerator.generate(settings.withPressure(Pressure.RELAXED));
        Scenario over = ScenarioGenerator.generate(settings.withPressure(Pressure.OVERCONSTRAINED));
        assertThat(over.persons()).isEqualTo(relaxed.persons());
        assertThat(over.dwellings()).isNotEqualTo(relaxed.dwellings());
    }

    static Stream<Arguments> sizesPressuresPresets() {
        return Stream.of(10, 200, 2_000).flatMap(n -> Stream.of(Pressure.values()).flatMap(p ->
                Stream.of(ResourcePreset.values()).map(r -> Arguments.of(n, p, r))));
    }

    @ParameterizedTest(name = "{0} persons, {1}, {2}")
    @MethodSource("sizesPressuresPresets")
    void everyGeneratedScenarioIsConsistent(int persons, Pressure pressure, ResourcePreset preset) {
        LocalDate start = preset == ResourcePreset.ZAANSTAD_2016 ? START_2016 : LocalDate.of(2025, 1, 6);
        Scenario s = ScenarioGenerator.generate(new GeneratorSettings(persons, persons * 31L + pressure.ordinal(),
                pressure, preset, start, 104, "Zaanstad"));
        assertThat(s.persons()).hasSize(persons);
        assertThat(ScenarioChecks.problems(s)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ResourcePreset.class)
    void openOffersStateNoCapAndEveryOtherOfferDoes(ResourcePreset preset) {
        LocalDate start = preset == ResourcePreset.ZAANSTAD_2016 ? START_2016 : LocalDate.of(2025, 1, 6);
        Scenario s = ScenarioGenerator.generate(new GeneratorSettings(500, 11L, Pressure.OVERCONSTRAINED, preset,
                start, 104, "Zaanstad"));

        assertThat(s.placements()).isNotEmpty().allSatisfy(p -> assertThat(p.uncapped()).as(p.id())
                .isEqualTo(p.kind().isOpenOffer()));
        assertThat(s.courseGroups()).isNotEmpty().allSatisfy(c -> assertThat(c.uncapped()).as(c.id())
                .isEqualTo(c.kind().isOpenOffer()));
        assertThat(s.placements()).anyMatch(p -> p.kind() == PlacementKind.VOLUNTEER_WORK)
                .anyMatch(p -> p.kind() == PlacementKind.SOCIAL_PARTICIPATION);
        assertThat(s.courseGroups()).anyMatch(c -> c.kind() == CourseKind.PRE_INTEGRATION);
    }

    @Test
    void anOverconstrainedScenarioOffersLessOfEveryKindPerPersonThanARelaxedOne() {
        GeneratorSettings settings = zaanstad2016(2_000);
        Scenario relaxed = ScenarioGenerator.generate(settings.withPressure(Pressure.RELAXED));
        Scenario tight = ScenarioGenerator.generate(settings.withPressure(Pressure.TIGHT));
        Scenario over = ScenarioGenerator.generate(settings.withPressure(Pressure.OVERCONSTRAINED));
        for (java.util.function.ToDoubleFunction<Scenario> capacity : java.util.List.<java.util.function.ToDoubleFunction<Scenario>>of(
                s -> s.dwellings().size(),
                ScenarioGeneratorTest::courseSeatWeeks,
                s -> s.schoolClasses().stream().mapToInt(SchoolClass::seats).sum(),
                s -> s.placements().stream().flatMap(p -> p.slots().stream()).mapToInt(Integer::intValue).sum())) {
            assertThat(capacity.applyAsDouble(over)).isLessThan(capacity.applyAsDouble(tight));
            assertThat(capacity.applyAsDouble(tight)).isLessThan(capacity.applyAsDouble(relaxed));
        }
        assertThat(over.dwellings().size() / (double) over.persons().size())
                .isLessThan(0.6 * relaxed.dwellings().size() / relaxed.persons().size());
    }

    private static double courseSeatWeeks(Scenario s) {
        return s.courseGroups().stream().filter(c -> !c.uncapped())
                .mapToDouble(c -> (double) c.seats().orElseThrow() * c.durationWeeks()
                * (c.rollingIntake() ? 1 : c.cohortStarts().size())).sum();
    }

    @Test
    void courseKindsFollowTheLawOfThePlanStart() {
        Set<CourseKind> wi2013 = kinds(ScenarioGenerator.generate(zaanstad2016(1_000)));
        Set<CourseKind> wi2021 = kinds(ScenarioGenerator.generate(GeneratorSettings.of(1_000, 7)));
        assertThat(wi2013).isEqualTo(EnumSet.of(CourseKind.PRE_INTEGRATION, CourseKind.LITERACY,
                CourseKind.A2_COURSE, CourseKind.NT2_ADULT_EDUCATION));
        assertThat(wi2021).isEqualTo(EnumSet.of(CourseKind.PRE_INTEGRATION, CourseKind.LITERACY,
                CourseKind.B1_ROUTE, CourseKind.Z_ROUTE, CourseKind.EDUCATION_ROUTE,
                CourseKind.NT2_ADULT_EDUCATION));
    }

    private static Set<CourseKind> kinds(Scenario s) {
        return s.courseGroups().stream().map(CourseGroup::kind).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(CourseKind.class)));
    }

    @Test
    void coursesOfferBothCohortsAndRollingIntakeAndSomeAreRegional() {
        Scenario s = ScenarioGenerator.generate(zaanstad2016(2_000));
        Set<String> regional = s.locations().stream().filter(l -> l.name().startsWith("Regional"))
                .map(Location::id).collect(Collectors.toSet());
        assertThat(s.courseGroups()).anyMatch(CourseGroup::rollingIntake).anyMatch(c -> !c.rollingIntake())
                .anyMatch(c -> regional.contains(c.locationId()));
    }

    @Test
    void noDwellingIsOfferedInPoelenburgOrPeldersveld() {
        Scenario s = ScenarioGenerator.generate(zaanstad2016(2_000));
        Set<String> excluded = s.locations().stream()
                .filter(l -> l.district().equals("Poelenburg") || l.district().equals("Peldersveld"))
                .map(Location::id).collect(Collectors.toSet());
        assertThat(excluded).hasSize(2);
        assertThat(s.dwellings()).noneMatch(d -> excluded.contains(d.locationId()));
    }

    @Test
    void zaanstadsQuotaFor2016Is383SplitOverBothHalves() {
        Scenario s = ScenarioGenerator.generate(zaanstad2016(QuotaTable.ZAANSTAD_REFERENCE_PERSONS));
        assertThat(s.housingQuotas()).extracting(HousingQuota::label)
                .containsExactly("2016-H1", "2016-H2", "2017-H1", "2017-H2", "2018-H1");
        assertThat(s.housingQuotas().get(0).persons() + s.housingQuotas().get(1).persons()).isEqualTo(383);
    }

    @Test
    void zaanstad2016AtItsBuiltInSizeStatesTheFiguresOnlyOfTheHalfYearsWithPublishedFigures() {
        Scenario s = ScenarioGenerator.generate(zaanstad2016(QuotaTable.ZAANSTAD_REFERENCE_PERSONS));
        assertThat(s.housingQuotas()).extracting(q -> q.basis().isPresent())
                .containsExactly(true, true, false, false, false);
        assertThat(s.housingQuotas().get(0).basis()).hasValueSatisfying(b -> {
            assertThat(b.nationalPermitHolders()).isEqualTo(20_000);
            assertThat(b.populationDate()).isEqualTo(LocalDate.of(2015, 1, 1));
        });
    }

    @Test
    void aScaledZaanstad2016StatesNoQuotaFiguresTheScaledQuotaDoesNotFollowFrom() {
        Scenario s = ScenarioGenerator.generate(zaanstad2016(2_000));
        assertThat(s.housingQuotas()).allSatisfy(q -> assertThat(q.basis()).isEmpty());
    }

    @Test
    void genericQuotaGrowsWithThePopulation() {
        int small = ScenarioGenerator.generate(GeneratorSettings.of(1_000, 1)).housingQuotas().get(0).persons();
        int large = ScenarioGenerator.generate(GeneratorSettings.of(4_000, 1)).housingQuotas().get(0).persons();
        assertThat(large).isBetween(4 * small - 2, 4 * small + 2);
    }

    @Test
    void learnabilityResultsExistOnlyUnderTheWi2021() {
        Scenario wi2013 = ScenarioGenerator.generate(zaanstad2016(1_000));
        Scenario wi2021 = ScenarioGenerator.generate(GeneratorSettings.of(1_000, 7));
        assertThat(wi2013.persons()).allMatch(p -> p.learnability().isEmpty());
        assertThat(wi2021.persons()).anyMatch(p -> p.learnability().isPresent());
    }

    @Test
    void settingsRejectAPlanStartThatIsNotAMonday() {
        assertThatThrownBy(() -> GeneratorSettings.of(10, 1)
                .withPlace(ResourcePreset.GENERIC, LocalDate.of(2016, 4, 5), "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2016-04-04");
    }

    @Test
    void settingsRejectTooFewPersons() {
        assertThatThrownBy(() -> GeneratorSettings.of(9, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(9)");
    }
}
