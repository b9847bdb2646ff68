package nl.tegelijk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.scenario.InvalidScenarioException;
import nl.tegelijk.scenario.ProblemCode;
import nl.tegelijk.scenario.ScenarioProblem;
import org.junit.jupiter.api.Test;

/** Change batches in JSON: written and read back equal, and every problem named by change kind and JSON path. */
class ChangeReaderTest {

    @Test
    void aBatchOfEveryKindWrittenByTheWriterReadsBackEqual() {
        List<Change> batch = ChangeBatches.everyKind();
        assertThat(batch.stream().<Class<?>>map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(Change.class.getPermittedSubclasses());

        ChangeReadResult read = ChangeReader.fromJson(ChangeWriter.toJson(batch));

        assertThat(read.problems()).isEmpty();
        assertThat(read.orElseThrow()).isEqualTo(batch);
    }

    @Test
    void theSharedWriterNamesEachChangesKindAndTheSharedReaderReadsItBack() throws Exception {
        Change change = new Change.DwellingWithdrawn("D-7", ChangeBatches.DATE);

        String json = TegelijkJson.writer().writeValueAsString(change);

        assertThat(TegelijkJson.reader().readTree(json).path("type").asText()).isEqualTo("DwellingWithdrawn");
        assertThat(TegelijkJson.reader().forType(Change.class).<Change>readValue(json)).isEqualTo(change);
    }

    @Test
    void everyKindOfChangeIsInThePublishedSchema() {
        ObjectNode tree = ChangeWriter.toTree(ChangeBatches.everyKind());

        assertThat(ChangeReader.read(tree).isValid()).isTrue();
        assertThat(ChangeReader.fromJson("""
                {"format": "tegelijk-changes/1", "changes": []}""").orElseThrow()).isEmpty();
        assertThat(Arrays.stream(Change.class.getPermittedSubclasses()).map(Class::getSimpleName))
                .allSatisfy(kind -> assertThat(ChangeReader.fromJson(batch("{\"type\": \"" + kind + "\"}"))
                        .problems()).isNotEmpty().noneMatch(p -> p.code() == ProblemCode.UNKNOWN_ENUM_VALUE));
    }

    @Test
    void aMissingFieldIsNamedByTheChangesKindAndPath() {
        ChangeReadResult read = ChangeReader.fromJson(batch("""
                {"type": "PersonLeaves", "personId": "P-1", "reason": "OTHER", "date": "2016-09-05"},
                {"type": "DwellingWithdrawn", "date": "2016-09-05"}"""));

        assertThat(read.isValid()).isFalse();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.MISSING_FIELD);
            assertThat(p.recordType()).isEqualTo("DwellingWithdrawn");
            assertThat(p.field()).isEqualTo("$.changes[1].dwellingId");
        });
    }

    @Test
    void anUnknownKindAFieldOfAnotherKindAndAnUnknownEnumAreEachAProblem() {
        ChangeReadResult read = ChangeReader.fromJson(batch("""
                {"type": "PersonVanishes", "personId": "P-1", "date": "2016-09-05"},
                {"type": "PersonLeaves", "personId": "P-1", "reason": "BORED", "date": "2016-09-05"},
                {"type": "PersonLeaves", "personId": "P-1", "reason": "OTHER", "dwellingId": "D-1",
                 "date": "2016-09-05"}"""));

        assertThat(read.problems()).extracting(ScenarioProblem::code, ScenarioProblem::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_ENUM_VALUE, "$.changes[0].type"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_ENUM_VALUE, "$.changes[1].reason"),
                org.assertj.core.groups.Tuple.tuple(ProblemCode.UNKNOWN_FIELD, "$.changes[2].dwellingId"));
    }

    @Test
    void aBadBirthDateOfAnArrivingPersonIsNamedAtItsPathWithoutItsValueInTheSummary() {
        ObjectNode tree = ChangeWriter.toTree(ChangeBatches.everyKind());
        ((ObjectNode) tree.path("changes").path(0).path("person")).put("birthDate", "1990-02-30");

        ChangeReadResult read = ChangeReader.read(tree);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.IMPOSSIBLE_DATE);
            assertThat(p.recordType()).isEqualTo("PersonArrives");
            assertThat(p.field()).isEqualTo("$.changes[0].person.birthDate");
            assertThat(p.summary()).doesNotContain("1990");
        });
        assertThat(new InvalidScenarioException(read.problems()).getMessage()).doesNotContain("1990");
    }

    @Test
    void anotherFormatMarkerOrNoBatchAtAllIsRejected() {
        assertThat(ChangeReader.fromJson("{\"format\": \"tegelijk-scenario/1\", \"changes\": []}").problems())
                .extracting(ScenarioProblem::code).containsExactly(ProblemCode.UNSUPPORTED_FORMAT);
        assertThat(ChangeReader.fromJson("[]").problems()).extracting(ScenarioProblem::code)
                .containsExactly(ProblemCode.WRONG_TYPE);
        assertThat(ChangeReader.fromJson("{\"format\": \"tegelijk-changes/1\", ").problems())
                .extracting(ScenarioProblem::code).containsExactly(ProblemCode.MALFORMED_JSON);
    }

    @Test
    void theExampleBatchOfTheEmbeddingGuideReads() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "EMBEDDING.md"));
        String section = guide.substring(guide.indexOf("## Changes in JSON"));
        String json = section.substring(section.indexOf("```json") + 7, section.indexOf("```", section.indexOf("```json")
                + 7));

        ChangeReadResult read = ChangeReader.fromJson(json);

        assertThat(read.problems()).isEmpty();
        assertThat(read.orElseThrow()).hasSize(4).first().isInstanceOf(Change.StartMissed.class);
    }

    private static String batch(String changes) {
        return "{\"format\": \"tegelijk-changes/1\", \"changes\": [" + changes + "]}";
    }
}
