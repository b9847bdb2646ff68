package nl.tegelijk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.scenario.InvalidScenarioException;
import nl.tegelijk.scenario.ProblemCode;
import nl.tegelijk.scenario.ScenarioProblem;
import nl.tegelijk.support.ExampleScenario;
import nl.tegelijk.support.PersonBuilder;
import org.junit.jupiter.api.Test;

/**
 * Records built in code are checked as strictly as JSON: every problem of a record at once, with its id, in the
 * reader's {@link InvalidScenarioException}; never a {@link NullPointerException} or a first-error-only
 * {@link IllegalArgumentException}; no personal value in the message.
 */
class RecordBuilderTest {

    private static final Person VALID = PersonBuilder.aPermitHolder("P-7").build();

    @Test
    void aPersonBuiltWithoutItsRequiredFactsNamesEveryMissingFieldWithThePersonsId() {
        InvalidScenarioException e = catchThrowableOfType(() -> Person.builder().id("P-7").build(),
                InvalidScenarioException.class);

        assertThat(e.errors()).extracting(ScenarioProblem::field).containsExactlyInAnyOrder("$.householdId",
                "$.birthDate", "$.gender", "$.countryOfOrigin", "$.nationalityGroup", "$.status", "$.permitKind",
                "$.schooling", "$.dutchLevel", "$.health", "$.accommodation", "$.locationId");
        assertThat(e.errors()).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.MISSING_FIELD);
            assertThat(p.recordType()).isEqualTo("person");
            assertThat(p.recordId()).contains("P-7");
        });
    }

    @Test
    void toBuilderGivesAnEqualPersonAndChangesOnlyWhatIsSet() {
        assertThat(VALID.toBuilder().build()).isEqualTo(VALID);

        Person later = VALID.toBuilder().arrivalInMunicipalityDate(LocalDate.of(2016, 4, 4)).build();

        assertThat(later.arrivalInMunicipalityDate()).contains(LocalDate.of(2016, 4, 4));
        assertThat(later.toBuilder().arrivalInMunicipalityDate((LocalDate) null).build()).isEqualTo(VALID);
        assertThat(later.toBuilder().arrivalInMunicipalityDate(Optional.empty()).build()).isEqualTo(VALID);
    }

    @Test
    void theCanonicalConstructorCollectsNullsAndNegativesInsteadOfThrowingTheFirst() {
        InvalidScenarioException e = catchThrowableOfType(() -> new Person("P-8", "H-1", null, Gender.UNKNOWN, "SYR",
                NationalityGroup.THIRD_COUNTRY, ResidenceStatus.PERMIT_HOLDER, PermitKind.ASYLUM_FIXED_TERM, null,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), VALID.schooling(),
                Optional.empty(), CefrLevel.NONE, Optional.empty(), Optional.empty(), -3, Arrays.asList("care", null),
                VALID.health(), false, Accommodation.RECEPTION_CENTRE, "L-1", false, -1, false, Optional.empty(),
                CivicIntegrationFile.NONE),
                InvalidScenarioException.class);

        assertThat(e.errors()).extracting(ScenarioProblem::field, ScenarioProblem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("$.birthDate", ProblemCode.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple("$.asylumApplicationDate", ProblemCode.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple("$.workExperienceYears", ProblemCode.NEGATIVE),
                org.assertj.core.groups.Tuple.tuple("$.skills[1]", ProblemCode.MISSING_FIELD),
                org.assertj.core.groups.Tuple.tuple("$.yearsInNetherlandsDuringSchoolAge", ProblemCode.NEGATIVE));
        assertThat(e.getMessage()).doesNotContain("-3").contains("P-8", "$.workExperienceYears");
    }

    @Test
    void aResourceRecordNamesEveryImpossibleCapacityAtOnce() {
        InvalidScenarioException e = catchThrowableOfType(() -> new Dwelling("D-1", null, LocalDate.of(2016, 1, 4), 0,
                -2, false), InvalidScenarioException.class);

        assertThat(e.errors()).extracting(ScenarioProblem::field).containsExactly("$.locationId", "$.rooms",
                "$.maxOccupants");
        assertThat(e.errors()).allSatisfy(p -> assertThat(p.recordId()).contains("D-1"));
    }

    @Test
    void aScenarioBuiltInCodeEqualsTheSameScenarioReadFromJson() {
        Scenario read = ExampleScenario.scenario();

        Scenario built = Scenario.builder().name(read.name()).municipality(read.municipality()).region(read.region())
                .planStart(read.planStart()).horizonWeeks(read.horizonWeeks()).notes(read.notes())
                .locations(read.locations()).households(read.households()).persons(read.persons())
                .intakeReports(read.intakeReports()).dwellings(read.dwellings()).courseGroups(read.courseGroups())
                .schoolClasses(read.schoolClasses()).placements(read.placements())
                .housingQuotas(read.housingQuotas()).build();

        assertThat(built).isEqualTo(read);
        assertThat(read.toBuilder().build()).isEqualTo(read);
        assertThat(read.toBuilder().addPerson(VALID).build().persons()).hasSize(read.persons().size() + 1)
                .endsWith(VALID);
    }

    @Test
    void aScenarioBuiltWithoutItsHeaderNamesEveryMissingField() {
        assertThatThrownBy(() -> Scenario.builder().persons(Arrays.asList(VALID, null)).build())
                .isInstanceOfSatisfying(InvalidScenarioException.class, e -> assertThat(e.errors())
                        .extracting(ScenarioProblem::field).containsExactly("$.name", "$.municipality", "$.region",
                                "$.planStart", "$.persons[1]"));
        assertThat(Scenario.builder().name("n").municipality("m").region("r").planStart(LocalDate.of(2016, 1, 4))
                .build().horizonWeeks()).isEqualTo(Scenario.DEFAULT_HORIZON_WEEKS);
    }

    @Test
    void everyComponentOfPersonAndScenarioHasABuilderSetterSoANewFieldCannotBeForgotten() {
        for (Class<?> record : List.of(Person.class, Scenario.class)) {
            Class<?> builder = Arrays.stream(record.getDeclaredClasses()).filter(c -> c.getSimpleName().equals("Builder"))
                    .findFirst().orElseThrow();
            assertThat(Arrays.stream(record.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName))
                    .as("components of %s without a setter in its builder", record.getSimpleName())
                    .allSatisfy(name -> assertThat(Arrays.stream(builder.getMethods()).map(java.lang.reflect.Method::getName))
                            .contains(name));
        }
    }

    @Test
    void theExceptionMessageNamesCodeRecordAndFieldButNoPersonalValue() {
        ScenarioProblem problem = new ScenarioProblem(ProblemCode.BIRTH_DATE_AFTER_PLAN_START,
                nl.tegelijk.scenario.Severity.ERROR, "person", Optional.of("P-3"), "$.persons[2].birthDate",
                "birth date 2017-05-14 is after the plan start 2016-01-04", "a birth date on or before 2016-01-04");

        String message = new InvalidScenarioException(List.of(problem)).getMessage();

        assertThat(message).contains("BIRTH_DATE_AFTER_PLAN_START", "P-3", "$.persons[2].birthDate")
                .doesNotContain("2017-05-14");
        assertThat(problem.toString()).doesNotContain("2017-05-14");
    }
}
