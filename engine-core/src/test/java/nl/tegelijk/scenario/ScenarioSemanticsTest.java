package nl.tegelijk.scenario;

import static nl.tegelijk.scenario.ScenarioAssertions.assertOnlyError;
import static nl.tegelijk.scenario.ScenarioAssertions.object;
import static nl.tegelijk.scenario.ScenarioAssertions.readExampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.support.ExampleScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Problems the semantic stage finds on well-formed input, one test per kind. */
class ScenarioSemanticsTest {

    @Test
    void secondPersonWithTheSameIdIsADuplicate() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/3").put("id", "P-001"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.DUPLICATE_ID, "P-001", "$.persons[3].id");
        assertThat(error.message()).contains("'P-001'").contains("$.persons[0]");
    }

    @Test
    void sameIdInDifferentRecordTypesIsAllowed() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/placements/0").put("id", "D-01"));

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void personWithUnknownHouseholdIsReportedWithItsFieldPath() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/1").put("householdId", "H-99"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.UNKNOWN_REFERENCE, "P-002",
                "$.persons[1].householdId");
        assertThat(error.message()).isEqualTo("household 'H-99' does not exist");
        assertThat(error.expected()).isEqualTo("the id of a household in $.households");
    }

    @ParameterizedTest(name = "{0}[{1}].{2} pointing nowhere is an unknown {4}")
    @CsvSource({
            "persons,        0, locationId, P-001,    location",
            "dwellings,      2, locationId, D-03,     location",
            "courseGroups,   3, locationId, CG-ALFA,  location",
            "schoolClasses,  1, locationId, SC-ISK,   location",
            "placements,     1, locationId, PL-AZC,   location",
            "intakeReports,  4, personId,   IR-005,   person"})
    void referenceToAnUnknownRecordIsReportedWithItsFieldPath(String array, int index, String field, String id,
                                                              String targetType) {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/" + array + "/" + index)
                .put(field, "X-NOWHERE"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.UNKNOWN_REFERENCE, id,
                "$." + array + "[" + index + "]." + field);
        assertThat(error.message()).isEqualTo(targetType + " 'X-NOWHERE' does not exist");
    }

    @Test
    void birthDateAfterThePlanStartIsInTheFuture() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/4").put("birthDate",
                "2016-04-05"));

        assertOnlyError(result, ProblemCode.BIRTH_DATE_AFTER_PLAN_START, "P-005", "$.persons[4].birthDate");
    }

    @Test
    void birthOnThePlanStartIsPossible() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/4").put("birthDate",
                "2016-04-04"));

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void permitGrantedBeforeTheAsylumApplicationIsReportedAtThePermitDate() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/5").put("permitGrantedDate",
                "2015-10-04"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.PERMIT_BEFORE_APPLICATION, "P-006",
                "$.persons[5].permitGrantedDate");
        assertThat(error.message()).contains("2015-10-04").contains("2015-10-05");
    }

    @Test
    void linkedToTheMunicipalityBeforeThePermitIsReportedAtTheLinkingDate() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/0")
                .put("linkedToMunicipalityDate", "2016-01-19"));

        assertOnlyError(result, ProblemCode.LINKED_BEFORE_PERMIT, "P-001", "$.persons[0].linkedToMunicipalityDate");
    }

    @Test
    void arrivalBeforeLinkingIsReportedAtTheArrivalDate() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/2")
                .put("arrivalInMunicipalityDate", "2016-02-14"));

        assertOnlyError(result, ProblemCode.ARRIVAL_BEFORE_LINKING, "P-003",
                "$.persons[2].arrivalInMunicipalityDate");
    }

    @Test
    void arrivalOnTheDayOfLinkingIsPossible() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/2")
                .put("arrivalInMunicipalityDate", "2016-02-15"));

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void asylumSeekerWithAPermitKindIsReportedAtThePermitKind() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/7").put("permitKind",
                "ASYLUM_FIXED_TERM"));

        assertOnlyError(result, ProblemCode.ASYLUM_SEEKER_WITH_PERMIT, "P-008", "$.persons[7].permitKind");
    }

    @Test
    void asylumSeekerWithAPermitDateIsReportedAtThePermitDate() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/8").put("permitGrantedDate",
                "2016-03-01"));

        assertOnlyError(result, ProblemCode.ASYLUM_SEEKER_WITH_PERMIT, "P-009", "$.persons[8].permitGrantedDate");
    }

    @Test
    void permitHolderWithoutPermitDateIsReported() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/5").remove("permitGrantedDate"));

        assertOnlyError(result, ProblemCode.PERMIT_HOLDER_WITHOUT_PERMIT_DATE, "P-006",
                "$.persons[5].permitGrantedDate");
    }

    @Test
    void residentWithoutAResidenceRightIsReportedAtThePermitKind() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/9").put("permitKind", "NONE"));

        assertOnlyError(result, ProblemCode.RESIDENT_WITHOUT_PERMIT, "P-010", "$.persons[9].permitKind");
    }

    @Test
    void planStartOnATuesdayIsNotAMonday() {
        ScenarioReadResult result = readExampleWith(root -> root.put("planStart", "2016-04-05"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.PLAN_START_NOT_MONDAY, Optional.empty(),
                "$.planStart");
        assertThat(error.message()).contains("TUESDAY");
    }

    @Test
    void courseWithoutRollingIntakeOrCohortsHasNoIntakeDates() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/courseGroups/2").remove("cohortStarts"));

        assertOnlyError(result, ProblemCode.NO_INTAKE_DATES, "CG-A2", "$.courseGroups[2].cohortStarts");
    }

    @Test
    void schoolClassWithoutRollingIntakeOrIntakeDatesHasNoIntakeDates() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/schoolClasses/1").putArray("intakeDates"));

        assertOnlyError(result, ProblemCode.NO_INTAKE_DATES, "SC-ISK", "$.schoolClasses[1].intakeDates");
    }

    @Test
    void schoolClassWithMinimumAgeAboveMaximumIsInverted() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/schoolClasses/1").put("minAge", 19));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.AGE_RANGE_INVERTED, "SC-ISK",
                "$.schoolClasses[1].maxAge");
        assertThat(error.message()).isEqualTo("maxAge 18 is below minAge 19");
    }

    @Test
    void householdWithoutMembersIsEmpty() {
        ScenarioReadResult result = readExampleWith(root -> root.withArray("households").addObject()
                .put("id", "H-06").put("needsAccessibleDwelling", false).put("minimumRooms", 1));

        assertOnlyError(result, ProblemCode.EMPTY_HOUSEHOLD, "H-06", "$.households[5]");
    }

    @Test
    void householdLargerThanEveryDwellingIsAWarningThatDoesNotBlockLoading() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/dwellings/0").put("maxOccupants", 4));

        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(ProblemCode.HOUSEHOLD_FITS_NO_DWELLING);
            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.recordId()).contains("H-01");
            assertThat(warning.field()).isEqualTo("$.households[0]");
            assertThat(warning.message()).contains("5 members").contains("holds 4");
        });
    }

    @Test
    void householdNeedingAccessibilityNoDwellingOffersIsAWarning() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/dwellings/2").put("accessible", false));

        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(ProblemCode.HOUSEHOLD_FITS_NO_DWELLING);
            assertThat(warning.recordId()).contains("H-04");
            assertThat(warning.message()).contains("accessible");
        });
    }

    @Test
    void preferredDistrictWithoutAnyLocationIsAWarning() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/households/4").put("preferredDistrict",
                "Atlantis"));

        assertThat(result.isValid()).isTrue();
        assertThat(result.warnings()).extracting(ScenarioProblem::code, ScenarioProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_DISTRICT,
                        "$.households[4].preferredDistrict"));
    }

    @Test
    void twoQuotasForTheSameHalfYearAreReportedAtTheSecond() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/housingQuotas/1").put("half", 1));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.DUPLICATE_QUOTA, Optional.empty(),
                "$.housingQuotas[1]");
        assertThat(error.message()).contains("2016-H1");
    }

    @Test
    void quotaWithItsFiguresOfThePrecedingFirstOfJanuaryIsValid() {
        ScenarioReadResult result = readExampleWith(root -> quotaBasis(root, "2015-01-01", 151543, 16900000));

        assertThat(result.isValid()).as(result.describe()).isTrue();
        assertThat(result.scenario().orElseThrow().housingQuotas().get(0).basis()).isPresent();
        assertThat(result.scenario().orElseThrow().housingQuotas().get(1).basis()).isEmpty();
    }

    @Test
    void quotaWhosePopulationsAreNotOfThePrecedingFirstOfJanuaryIsReportedAtTheDate() {
        ScenarioReadResult result = readExampleWith(root -> quotaBasis(root, "2016-01-01", 151543, 16900000));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.QUOTA_POPULATION_DATE, Optional.empty(),
                "$.housingQuotas[0].basis.populationDate");
        assertThat(error.expected()).contains("2015-01-01");
    }

    @Test
    void quotaWhoseMunicipalPopulationIsAboveTheNationalIsReportedAtTheMunicipalPopulation() {
        ScenarioReadResult result = readExampleWith(root -> quotaBasis(root, "2015-01-01", 16900001, 16900000));

        assertOnlyError(result, ProblemCode.QUOTA_POPULATION_ABOVE_NATIONAL, Optional.empty(),
                "$.housingQuotas[0].basis.municipalPopulation");
    }

    private static void quotaBasis(ObjectNode root, String populationDate, int municipal, int national) {
        ObjectNode basis = object(root, "/housingQuotas/0").putObject("basis");
        basis.put("nationalPermitHolders", 20000);
        basis.put("municipalPopulation", municipal);
        basis.put("nationalPopulation", national);
        basis.put("populationDate", populationDate);
    }

    @Test
    void intakeReportWithTwoFindingsForOneDomainIsReportedAtTheSecond() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/intakeReports/0/findings/1")
                .put("domain", "HOUSING"));

        assertOnlyError(result, ProblemCode.DUPLICATE_FINDING_DOMAIN, "IR-001",
                "$.intakeReports[0].findings[1].domain");
    }

    @Test
    void rejectedResultKeepsItsWarningsBesideTheErrors() {
        ScenarioReadResult result = readExampleWith(root -> {
            root.put("planStart", "2016-04-06");
            object(root, "/dwellings/0").put("maxOccupants", 4);
        });

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(ScenarioProblem::code)
                .containsExactly(ProblemCode.PLAN_START_NOT_MONDAY);
        assertThat(result.warnings()).extracting(ScenarioProblem::code)
                .containsExactly(ProblemCode.HOUSEHOLD_FITS_NO_DWELLING);
        assertThat(result.describe().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("ERROR PLAN_START_NOT_MONDAY scenario at $.planStart"));
    }

    @Test
    void everySemanticProblemIsReportedAtOnce() {
        ScenarioReadResult result = readExampleWith(root -> {
            object(root, "/persons/1").put("householdId", "H-99");
            object(root, "/persons/7").put("permitKind", "ASYLUM_FIXED_TERM");
            object(root, "/schoolClasses/0").put("minAge", 13);
        });

        assertThat(result.errors()).extracting(ScenarioProblem::field).containsExactlyInAnyOrder(
                "$.persons[1].householdId", "$.persons[7].permitKind", "$.schoolClasses[0].maxAge");
    }

    @Test
    void validatorReportsAHorizonOfZeroOnAScenarioBuiltInCode() {
        Scenario example = ExampleScenario.scenario();
        Scenario noHorizon = new Scenario(example.name(), example.municipality(), example.region(),
                example.planStart(), 0, example.notes(), example.locations(), example.households(), example.persons(),
                example.intakeReports(), example.dwellings(), example.courseGroups(), example.schoolClasses(),
                example.placements(), example.housingQuotas());

        assertThat(ScenarioValidator.validate(noHorizon)).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.NOT_POSITIVE);
            assertThat(problem.field()).isEqualTo("$.horizonWeeks");
        });
    }

    @Test
    void describeGivesOneReadableLineAndToStringLeavesTheValuesOut() {
        ScenarioProblem problem = new ScenarioProblem(ProblemCode.UNKNOWN_REFERENCE, Severity.ERROR, "person",
                Optional.of("P-007"), "$.persons[3].householdId", "household 'H-9' does not exist",
                "the id of a household in $.households");

        assertThat(problem.describe()).isEqualTo("ERROR UNKNOWN_REFERENCE person P-007 at $.persons[3].householdId:"
                + " household 'H-9' does not exist; expected the id of a household in $.households");
        assertThat(problem).hasToString("ERROR UNKNOWN_REFERENCE person P-007 at $.persons[3].householdId");
    }
}
