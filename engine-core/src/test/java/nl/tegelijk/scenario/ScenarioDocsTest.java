package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** docs/SCENARIO.md documents every field of the schema and every problem code. */
class ScenarioDocsTest {

    private static final Path DOC = Path.of("..", "docs", "SCENARIO.md");

    @Test
    void everyFieldOfEveryRecordHasARowInItsSection() throws IOException {
        String doc = Files.readString(DOC);
        JsonNode schema = ScenarioFormat.schema();

        assertSectionDocumentsFields(doc, "scenario", schema);
        schema.get("$defs").fields().forEachRemaining(def -> {
            if (def.getValue().has("properties")) {
                assertSectionDocumentsFields(doc, def.getKey(), def.getValue());
            }
        });
    }

    @Test
    void everyProblemCodeIsDocumented() throws IOException {
        String doc = Files.readString(DOC);

        assertThat(Arrays.stream(ProblemCode.values()).map(code -> "`" + code.name() + "`"))
                .allSatisfy(code -> assertThat(doc).contains(code));
    }

    private static void assertSectionDocumentsFields(String doc, String section, JsonNode objectSchema) {
        int start = doc.indexOf("\n### " + section + "\n");
        assertThat(start).as("section ### " + section).isNotNegative();
        int end = doc.indexOf("\n### ", start + 1);
        String text = doc.substring(start, end < 0 ? doc.length() : end);
        objectSchema.get("properties").fieldNames().forEachRemaining(field ->
                assertThat(text).as(section + "." + field).contains("| `" + field + "` |"));
    }
}
