package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.support.ExampleScenario;
import org.junit.jupiter.api.Test;

class ScenarioWriterTest {

    private final Scenario example = ExampleScenario.scenario();

    @Test
    void exampleWrittenAndReadBackIsEqual() {
        assertThat(ScenarioReader.fromJson(ScenarioWriter.toJson(example)).scenario()).contains(example);
    }

    @Test
    void writtenTreeHasTheFormatMarkerFirstAndLeavesOutUnknownFacts() {
        ObjectNode tree = ScenarioWriter.toTree(example);

        assertThat(tree.fieldNames().next()).isEqualTo("format");
        assertThat(tree.get("format").asText()).isEqualTo(ScenarioFormat.FORMAT);
        assertThat(tree.at("/persons/6").has("permitGrantedDate")).isFalse();
        assertThat(tree.at("/persons/0/permitGrantedDate").asText()).isEqualTo("2016-01-20");
        assertThat(tree.at("/persons/0/status").asText()).isEqualTo("PERMIT_HOLDER");
    }

    @Test
    void writtenTreeHasEveryArrayEvenWhenEmpty() {
        ObjectNode tree = ScenarioWriter.toTree(example);

        assertThat(tree.at("/courseGroups/0/cohortStarts").isArray()).isTrue();
        assertThat(tree.at("/courseGroups/0/cohortStarts")).isEmpty();
        assertThat(tree.get("horizonWeeks").asInt()).isEqualTo(104);
    }
}
