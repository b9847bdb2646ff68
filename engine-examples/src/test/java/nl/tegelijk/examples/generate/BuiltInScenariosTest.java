package nl.tegelijk.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.DutchDiploma;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Learnability;
import nl.tegelijk.model.NationalityGroup;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInScenariosTest {

    static List<String> names() {
        return BuiltInScenarios.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBuiltInScenarioLoadsUnderItsNameIsConsistentAndHasNotes(String name) {
        Scenario s = BuiltInScenarios.byName(name);
        assertThat(s.name()).isEqualTo(name);
        assertThat(ScenarioChecks.problems(s)).isEmpty();
        assertThat(s.notes()).hasValueSatisfying(n -> assertThat(n).contains("assumption"));
        assertThat(BuiltInScenarios.byName(name)).isEqualTo(s);
    }

    @Test
    void zaanstad2016sQuotasOf2016StateTheirFiguresAndTheLawGives180And207() {
        Scenario s = BuiltInScenarios.byName(BuiltInScenarios.ZAANSTAD_2016);

        List<QuotaCheck> checks;
        try (IntegrationEngine engine = IntegrationEngine.builder().build()) {
            checks = engine.checkQuotas(s);
        }

        // DOMAIN.md 8.1-8.2 and GENERATOR.md: vg 20,000 and 23,000; iG 151,543 and iN 16,900,726 on 1 January 2015
        assertThat(checks).extracting(QuotaCheck::year, QuotaCheck::half)
                .containsExactly(tuple(2016, 1), tuple(2016, 2));
        assertThat(checks).extracting(QuotaCheck::calculatedPersons)
                .containsExactly(zaanstadsShareOf(20_000), zaanstadsShareOf(23_000))
                .containsExactly(180, 207);
        assertThat(checks).extracting(QuotaCheck::givenPersons).containsExactly(178, 205);
    }

    /** ceil(vg × 151,543 / 16,900,726) in decimals, apart from the rule's whole-number arithmetic. */
    private static int zaanstadsShareOf(int nationalPermitHolders) {
        return BigDecimal.valueOf(nationalPermitHolders).multiply(BigDecimal.valueOf(151_543))
                .divide(BigDecimal.valueOf(16_900_726), 0, RoundingMode.CEILING).intValueExact();
    }

    @Test
    void anUnknownNameIsRefusedWithTheKnownNames() {
        assertThatThrownBy(() -> BuiltInScenarios.byName("zaanstad-2015"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zaanstad-2016");
    }

    @Test
    void zaanstad2016HasRealisticNumbersUnderTheWi2013() {
        Scenario s = BuiltInScenarios.byName(BuiltInScenarios.ZAANSTAD_2016);
        assertThat(s.planStart()).isEqualTo(LocalDate.of(2016, 4, 4));
        assertThat(s.horizonWeeks()).isEqualTo(104);
        assertThat(s.persons().size()).isBetween(900, 1_200);
        long seekers = s.persons().stream().filter(p -> p.status() == ResidenceStatus.ASYLUM_SEEKER).count();
        assertThat(seekers).isBetween(200L, 400L);
        assertThat(s.housingQuotas().stream().filter(q -> q.year() == 2016).mapToInt(HousingQuota::persons).sum())
                .isEqualTo(383);
        assertThat(s.courseGroups()).extracting(CourseGroup::kind).contains(CourseKind.A2_COURSE)
                .doesNotContain(CourseKind.B1_ROUTE);
        assertThat(s.locations()).anyMatch(l -> l.name().contains("Hembrug"));
    }

    @Test
    void zaanstad2016FlowsOverTheHorizon() {
        Scenario s = BuiltInScenarios.byName(BuiltInScenarios.ZAANSTAD_2016);
        LocalDate start = s.planStart();
        List<Person> expected = s.persons().stream().filter(p -> p.expectedOn(start)).toList();

        assertThat(expected.size()).isGreaterThan(400);
        assertThat(expected.stream().map(p -> p.linkedToMunicipalityDate().get().withDayOfMonth(1)).distinct())
                .as("months with linkings").hasSizeGreaterThan(20);
        assertThat(expected).anyMatch(p -> p.permitKind() == PermitKind.ASYLUM_DEPENDENT);
        assertThat(s.persons()).filteredOn(p -> p.expectedPermitDate().isPresent()).hasSizeGreaterThan(100);
        assertThat(s.dwellings().stream().map(d -> d.availableFrom().withDayOfMonth(1)).distinct())
                .as("months with dwellings").hasSizeGreaterThan(18);
        assertThat(s.courseGroups()).filteredOn(c -> c.kind() == CourseKind.A2_COURSE)
                .allMatch(CourseGroup::rollingIntake);
        assertThat(s.intakeReports()).noneMatch(r -> r.date().isAfter(start));
    }

    @Test
    void zaanstad2025HasLearnabilityRoutesUnburdeningAndARecentQuota() {
        Scenario s = BuiltInScenarios.byName(BuiltInScenarios.ZAANSTAD_2025);
        assertThat(s.planStart()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(s.persons()).anyMatch(p -> p.learnability().isPresent())
                .anyMatch(p -> p.socialAssistanceFrom().isPresent());
        assertThat(s.courseGroups()).extracting(CourseGroup::kind)
                .contains(CourseKind.B1_ROUTE, CourseKind.Z_ROUTE, CourseKind.EDUCATION_ROUTE);
        assertThat(s.housingQuotas()).allSatisfy(q -> assertThat(q.persons()).isBetween(100, 350));
    }

    @Test
    void theTutorialShowsEachCaseOnce() {
        Scenario s = BuiltInScenarios.byName(BuiltInScenarios.TUTORIAL);
        LocalDate start = s.planStart();
        assertThat(s.households()).hasSize(11);
        assertThat(s.persons()).filteredOn(p -> !p.schooling().literateLatinScript() && p.ageOn(start) >= 18)
                .extracting(Person::id).containsExactly("P-000001");
        assertThat(s.membersOf("H-000002")).extracting(p -> p.ageOn(start)).containsExactly(38, 36, 6, 14);
        assertThat(s.persons()).filteredOn(Person::unaccompaniedMinor).singleElement()
                .satisfies(p -> assertThat(p.ageOn(start)).isEqualTo(16));
        List<Long> monthsPending = s.persons().stream().filter(p -> p.status() == ResidenceStatus.ASYLUM_SEEKER)
                .map(p -> ChronoUnit.MONTHS.between(p.asylumApplicationDate().orElseThrow(), start)).toList();
        assertThat(monthsPending).containsExactly(7L, 3L);
        assertThat(s.persons()).anyMatch(p -> p.ageOn(start) >= 67)
                .anyMatch(p -> p.nationalityGroup() == NationalityGroup.TURKISH)
                .anyMatch(p -> p.nationalityGroup() == NationalityGroup.EU_EEA_SWISS)
                .anyMatch(p -> p.schooling().dutchDiplomas().contains(DutchDiploma.HAVO))
                .anyMatch(p -> p.caresForYoungChildren() && s.membersOf(p.householdId()).size() == 2);
    }

    @Test
    void inTheTutorialOnlyOneDwellingFitsTheHouseholdOfSix() {
        Scenario s = BuiltInScenarios.byName(BuiltInScenarios.TUTORIAL);
        Household six = s.households().stream().filter(h -> s.membersOf(h.id()).size() == 6).findFirst()
                .orElseThrow();
        assertThat(s.dwellings()).filteredOn(d -> d.rooms() >= six.minimumRooms() && d.maxOccupants() >= 6)
                .extracting(Dwelling::id).containsExactly("D-0004");
    }

    @Test
    void inTheTutorialTheB1RouteHasFewerSeatsThanLearnersSoSomeoneWaits() {
        Scenario s = BuiltInScenarios.byName(BuiltInScenarios.TUTORIAL);
        int seats = s.courseGroups().stream().filter(c -> c.kind() == CourseKind.B1_ROUTE)
                .mapToInt(c -> c.seats().orElseThrow()).sum();
        long learners = s.persons().stream().filter(p -> p.status() == ResidenceStatus.PERMIT_HOLDER
                && p.arrivalInMunicipalityDate().isEmpty()
                && p.learnability().filter(l -> l == Learnability.B1_ATTAINABLE).isPresent()).count();
        assertThat(seats).isLessThan((int) learners);
    }
}
