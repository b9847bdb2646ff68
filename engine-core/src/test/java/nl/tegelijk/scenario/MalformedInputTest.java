package nl.tegelijk.scenario;

import static nl.tegelijk.scenario.ScenarioAssertions.assertOnlyError;

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
}
