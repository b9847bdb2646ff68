package nl.tegelijk.scenario;

import static nl.tegelijk.scenario.ScenarioAssertions.assertOnlyError;
import static nl.tegelijk.scenario.ScenarioAssertions.object;
import static nl.tegelijk.scenario.ScenarioAssertions.readExampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.model.Scenario;
import org.junit.jupiter.api.Test;

/** Problems the structural stage (parse and JSON Schema) finds, one test per kind. */
class ScenarioStructureTest {

    @Test
    void malformedJsonIsOneProblemWithLineAndColumn() {
        ScenarioReadResult result = ScenarioReader.fromJson("{\n  \"format\": \"tegelijk-scenario/1\",\n  \"name\" x\n}");

        ScenarioProblem error = assertOnlyError(result, ProblemCode.MALFORMED_JSON, Optional.empty(), "$");
        assertThat(error.recordType()).isEqualTo("input");
        assertThat(error.message()).contains("line 3, column");
    }

    @Test
    void trailingContentAfterTheDocumentIsMalformed() {
        ScenarioReadResult result = ScenarioReader.fromJson("{} {}");

        assertOnlyError(result, ProblemCode.MALFORMED_JSON, Optional.empty(), "$");
    }

    @Test
    void fieldGivenTwiceInOneObjectIsReported() {
        ScenarioReadResult result = ScenarioReader.fromJson("{\"name\": \"a\", \"name\": \"b\"}");

        ScenarioProblem error = assertOnlyError(result, ProblemCode.DUPLICATE_FIELD, Optional.empty(), "$");
        assertThat(error.message()).contains("'name'").contains("line 1");
    }

    @Test
    void emptyInputIsAProblemNotAnException() {
        assertOnlyError(ScenarioReader.fromJson(""), ProblemCode.MALFORMED_JSON, Optional.empty(), "$");
        assertOnlyError(ScenarioReader.read(new ByteArrayInputStream(new byte[0])), ProblemCode.MALFORMED_JSON,
                Optional.empty(), "$");
    }

    @Test
    void missingFileIsAProblemNotAnException() {
        ScenarioReadResult result = ScenarioReader.read(Path.of("target", "no-such-scenario.json"));

        assertOnlyError(result, ProblemCode.UNREADABLE_INPUT, Optional.empty(), "$");
    }

    @Test
    void documentThatIsNotAnObjectHasTheWrongType() {
        ScenarioReadResult result = ScenarioReader.fromJson("[1, 2]");

        assertOnlyError(result, ProblemCode.WRONG_TYPE, Optional.empty(), "$");
    }

    @Test
    void missingFormatMarkerIsAMissingField() {
        ScenarioReadResult result = readExampleWith(root -> root.remove("format"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.MISSING_FIELD, Optional.empty(), "$.format");
        assertThat(error.recordType()).isEqualTo("scenario");
    }

    @Test
    void unknownFormatVersionIsUnsupported() {
        ScenarioReadResult result = readExampleWith(root -> root.put("format", "tegelijk-scenario/9"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.UNSUPPORTED_FORMAT, Optional.empty(), "$.format");
        assertThat(error.message()).contains("tegelijk-scenario/9");
        assertThat(error.expected()).contains("tegelijk-scenario/1");
    }

    @Test
    void personWithoutBirthDateIsReportedWithItsFieldPath() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/2").remove("birthDate"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.MISSING_FIELD, "P-003",
                "$.persons[2].birthDate");
        assertThat(error.recordType()).isEqualTo("person");
        assertThat(error.expected()).contains("birthDate");
    }

    @Test
    void unknownFieldOnADwellingIsReportedWithItsFieldPath() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/dwellings/1").put("colour", "blue"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.UNKNOWN_FIELD, "D-02", "$.dwellings[1].colour");
        assertThat(error.expected()).contains("maxOccupants");
    }

    @Test
    void unknownTopLevelFieldIsReported() {
        ScenarioReadResult result = readExampleWith(root -> root.put("persona", 3));

        assertOnlyError(result, ProblemCode.UNKNOWN_FIELD, Optional.empty(), "$.persona");
    }

    @Test
    void textWhereANumberBelongsIsTheWrongType() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/courseGroups/0").put("seats", "many"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.WRONG_TYPE, "CG-PRE", "$.courseGroups[0].seats");
        assertThat(error.message()).contains("'many'");
        assertThat(error.expected()).contains("integer");
    }

    @Test
    void nullValueIsTheWrongType() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/0").putNull("locationId"));

        assertOnlyError(result, ProblemCode.WRONG_TYPE, "P-001", "$.persons[0].locationId");
    }

    @Test
    void unknownStatusIsAnUnknownEnumValue() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/6").put("status", "REFUGEE"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.UNKNOWN_ENUM_VALUE, "P-007",
                "$.persons[6].status");
        assertThat(error.message()).contains("'REFUGEE'");
        assertThat(error.expected()).contains("ASYLUM_SEEKER", "PERMIT_HOLDER", "OTHER_RESIDENT");
    }

    @Test
    void quotaForAThirdHalfYearIsAnUnknownEnumValueWithoutRecordId() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/housingQuotas/0").put("half", 3));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.UNKNOWN_ENUM_VALUE, Optional.empty(),
                "$.housingQuotas[0].half");
        assertThat(error.recordType()).isEqualTo("housingQuota");
    }

    @Test
    void dateThatDoesNotExistIsImpossible() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/0").put("birthDate",
                "1978-02-30"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.IMPOSSIBLE_DATE, "P-001",
                "$.persons[0].birthDate");
        assertThat(error.message()).contains("1978-02-30");
    }

    @Test
    void dateInAnotherShapeIsReportedOnceAsWrongFormat() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/dwellings/0").put("availableFrom",
                "02-05-2016"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.WRONG_FORMAT, "D-01",
                "$.dwellings[0].availableFrom");
        assertThat(error.expected()).contains("yyyy-MM-dd");
    }

    @Test
    void dateInsideAnArrayIsCheckedToo() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/courseGroups/2").withArray("cohortStarts")
                .set(1, root.textNode("2016-06-31")));

        assertOnlyError(result, ProblemCode.IMPOSSIBLE_DATE, "CG-A2", "$.courseGroups[2].cohortStarts[1]");
    }

    @Test
    void dwellingWithoutRoomsIsNotPositive() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/dwellings/0").put("rooms", 0));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.NOT_POSITIVE, "D-01", "$.dwellings[0].rooms");
        assertThat(error.message()).contains("0");
        assertThat(error.expected()).isEqualTo("a whole number from 1 up to 50");
    }

    @Test
    void negativeCourseSeatsAreNotPositive() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/courseGroups/1").put("seats", -4));

        assertOnlyError(result, ProblemCode.NOT_POSITIVE, "CG-PRE-C", "$.courseGroups[1].seats");
    }

    @Test
    void negativeWorkExperienceIsNegative() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/0").put("workExperienceYears", -1));

        assertOnlyError(result, ProblemCode.NEGATIVE, "P-001", "$.persons[0].workExperienceYears");
    }

    @Test
    void horizonOfZeroWeeksIsNotPositive() {
        ScenarioReadResult result = readExampleWith(root -> root.put("horizonWeeks", 0));

        assertOnlyError(result, ProblemCode.NOT_POSITIVE, Optional.empty(), "$.horizonWeeks");
    }

    @Test
    void hugeNumbersAreOutOfRangeAndNeverThrow() {
        ScenarioReadResult integer = readExampleWith(root -> object(root, "/placements/0")
                .put("slots", new BigInteger("99999999999999999999999999")));
        ScenarioReadResult exponent = readExampleWith(root -> object(root, "/placements/0")
                .put("slots", new BigDecimal("1E+400")));

        assertOnlyError(integer, ProblemCode.OUT_OF_RANGE, "PL-VOL", "$.placements[0].slots");
        ScenarioProblem error = assertOnlyError(exponent, ProblemCode.OUT_OF_RANGE, "PL-VOL",
                "$.placements[0].slots");
        assertThat(error.message()).contains("1E+400");
    }

    @Test
    void latitudeBeyondThePoleIsOutOfRange() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/locations/0").put("latitude", 91.5));

        assertOnlyError(result, ProblemCode.OUT_OF_RANGE, "L-AZC", "$.locations[0].latitude");
    }

    @Test
    void emptyIdIsEmptyText() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/placements/2").put("id", ""));

        assertOnlyError(result, ProblemCode.EMPTY_TEXT, Optional.empty(), "$.placements[2].id");
    }

    @Test
    void countryOfOriginThatIsNotAnIsoCodeHasTheWrongFormat() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/7").put("countryOfOrigin",
                "Iraq"));

        assertOnlyError(result, ProblemCode.WRONG_FORMAT, "P-008", "$.persons[7].countryOfOrigin");
    }

    @Test
    void everyStructuralProblemIsReportedAtOnce() {
        ScenarioReadResult result = readExampleWith(root -> {
            object(root, "/persons/0").put("status", "REFUGEE");
            object(root, "/persons/4").remove("health");
            object(root, "/dwellings/2").put("rooms", -1);
            root.put("horizonWeeks", "long");
        });

        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).extracting(ScenarioProblem::field).containsExactlyInAnyOrder(
                "$.persons[0].status", "$.persons[4].health", "$.dwellings[2].rooms", "$.horizonWeeks");
    }

    @Test
    void absentArraysAreEmptyAndAbsentHorizonIs104Weeks() {
        ScenarioReadResult result = ScenarioReader.fromJson("""
                {"format": "tegelijk-scenario/1", "name": "empty", "municipality": "Zaanstad",
                 "region": "Zaanstreek/Waterland", "planStart": "2016-04-04"}""");

        Scenario scenario = result.scenario().orElseThrow();
        assertThat(result.problems()).isEmpty();
        assertThat(scenario.horizonWeeks()).isEqualTo(ScenarioFormat.DEFAULT_HORIZON_WEEKS).isEqualTo(104);
        assertThat(scenario.planStart()).isEqualTo(LocalDate.of(2016, 4, 4));
        assertThat(scenario.persons()).isEmpty();
        assertThat(scenario.housingQuotas()).isEmpty();
        assertThat(scenario.notes()).isEmpty();
    }

    @Test
    void absentArrayInsideARecordIsEmpty() {
        ScenarioReadResult result = readExampleWith(root -> {
            object(root, "/persons/0").remove("skills");
            object(root, "/intakeReports/0").remove("strengths");
            object(root, "/intakeReports/0/findings/0").remove("needs");
        });

        Scenario scenario = result.scenario().orElseThrow();
        assertThat(scenario.persons().get(0).skills()).isEmpty();
        assertThat(scenario.intakeReports().get(0).strengths()).isEmpty();
        assertThat(scenario.intakeReports().get(0).findings().get(0).needs()).isEmpty();
    }

    @Test
    void readingFromAStreamGivesTheSameAsFromText() {
        String json = ScenarioWriter.toJson(nl.tegelijk.support.ExampleScenario.scenario());

        ScenarioReadResult fromStream = ScenarioReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(fromStream).isEqualTo(ScenarioReader.fromJson(json));
    }
}
