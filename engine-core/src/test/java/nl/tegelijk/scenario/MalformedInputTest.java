package nl.tegelijk.scenario;

import static nl.tegelijk.scenario.ScenarioAssertions.assertOnlyError;
import static nl.tegelijk.scenario.ScenarioAssertions.object;
import static nl.tegelijk.scenario.ScenarioAssertions.readExampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hostile inputs the parser guards against, reported as problems. */
class MalformedInputTest {

    @Test
    void deeplyNestedInputIsMalformedNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        assertOnlyError(ScenarioReader.fromJson(deep), ProblemCode.MALFORMED_JSON, Optional.empty(), "$");
    }

    @Test
    void numberWithThousandsOfDigitsIsMalformedNotAnOverflow() {
        String json = "{\"horizonWeeks\": " + "9".repeat(5_000) + "}";

        assertOnlyError(ScenarioReader.fromJson(json), ProblemCode.MALFORMED_JSON, Optional.empty(), "$");
    }

    @Test
    void bareWordIsMalformed() {
        assertOnlyError(ScenarioReader.fromJson("scenario"), ProblemCode.MALFORMED_JSON, Optional.empty(), "$");
    }

    @Test
    void bareNullIsTheWrongType() {
        assertOnlyError(ScenarioReader.fromJson("null"), ProblemCode.WRONG_TYPE, Optional.empty(), "$");
    }

    @Test
    void hugeDecimalInAnIntegerFieldIsOutOfRangeOnItsRecord() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/0/schooling")
                .set("years", JsonNodeFactory.instance.numberNode(new BigDecimal("1e400"))));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.OUT_OF_RANGE, "P-001",
                "$.persons[0].schooling.years");
        assertThat(error.recordType()).isEqualTo("person");
    }

    @Test
    void idOfAHundredThousandCharactersIsTooLongAndNotEchoedAsTheRecordId() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/persons/0").put("id", "P".repeat(100_000)));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.OUT_OF_RANGE, Optional.empty(), "$.persons[0].id");
        assertThat(error.describe()).hasSizeLessThan(300);
    }

    @Test
    void freeTextOverTwentyThousandCharactersIsTooLong() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/intakeReports/0/findings/0")
                .put("note", "x".repeat(20_001)));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.OUT_OF_RANGE, "IR-001",
                "$.intakeReports[0].findings[0].note");
        assertThat(error.describe()).as("free text is not quoted").doesNotContain("xxx").contains("20001 characters");
    }

    @Test
    void scenarioNameOverTwoHundredCharactersIsTooLong() {
        assertOnlyError(readExampleWith(root -> root.put("name", "x".repeat(201))), ProblemCode.OUT_OF_RANGE,
                Optional.empty(), "$.name");
    }

    @Test
    void birthDateInTheYearZeroIsOutOfRange() {
        ScenarioProblem error = assertOnlyError(readExampleWith(root -> object(root, "/persons/0")
                .put("birthDate", "0000-01-01")), ProblemCode.OUT_OF_RANGE, "P-001", "$.persons[0].birthDate");
        assertThat(error.expected()).contains("1900-01-01").contains("2199-12-31");
    }

    @Test
    void dwellingAvailableInTheYear9999IsOutOfRange() {
        assertOnlyError(readExampleWith(root -> object(root, "/dwellings/0").put("availableFrom", "9999-12-31")),
                ProblemCode.OUT_OF_RANGE, "D-01", "$.dwellings[0].availableFrom");
    }
}
