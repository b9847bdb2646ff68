package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;
import nl.tegelijk.support.ExampleScenario;

/** Test helpers: change the example scenario and read it back; assert one problem exactly. */
final class ScenarioAssertions {

    private ScenarioAssertions() {
    }

    /** Reads the example scenario after {@code change} has been applied to its JSON tree. */
    static ScenarioReadResult readExampleWith(Consumer<ObjectNode> change) {
        ObjectNode root = ExampleScenario.tree();
        change.accept(root);
        return ScenarioReader.fromJson(root.toString());
    }

    /** The object at a JSON pointer such as {@code /persons/1}. */
    static ObjectNode object(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    /** Asserts that the result was rejected with exactly one error, of this code, record id and field path. */
    static ScenarioProblem assertOnlyError(ScenarioReadResult result, ProblemCode code, Optional<String> recordId,
                                           String field) {
        assertThat(result.isValid()).as("valid").isFalse();
        assertThat(result.errors()).as(result.describe()).hasSize(1);
        ScenarioProblem error = result.errors().get(0);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.recordId()).isEqualTo(recordId);
        assertThat(error.field()).isEqualTo(field);
        assertThat(error.severity()).isEqualTo(Severity.ERROR);
        return error;
    }

    static ScenarioProblem assertOnlyError(ScenarioReadResult result, ProblemCode code, String recordId,
                                           String field) {
        return assertOnlyError(result, code, Optional.of(recordId), field);
    }
}
