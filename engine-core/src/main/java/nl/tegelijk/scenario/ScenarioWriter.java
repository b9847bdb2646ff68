package nl.tegelijk.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;

/**
 * Writes a {@link Scenario} in the format {@value ScenarioFormat#FORMAT}: the format marker first, then the record
 * components by name, ISO dates, enums by name, empty optionals left out, every array written (empty ones too).
 * Reading the output back with {@link ScenarioReader} gives an equal scenario. Stateless and thread-safe.
 */
public final class ScenarioWriter {

    private static final ObjectMapper MAPPER = TegelijkJson.mapper();

    private ScenarioWriter() {
    }

    /** The scenario as a JSON tree the caller owns. */
    public static ObjectNode toTree(Scenario scenario) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(ScenarioFormat.FORMAT_FIELD, ScenarioFormat.FORMAT);
        root.setAll((ObjectNode) MAPPER.valueToTree(scenario));
        return root;
    }

    /** The scenario as indented JSON text. */
    public static String toJson(Scenario scenario) {
        try {
            return MAPPER.writeValueAsString(toTree(scenario)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A scenario tree could not be written as JSON", e);
        }
    }

    /** Writes the scenario to {@code path} in UTF-8, replacing the file; I/O failures are unchecked. */
    public static void write(Scenario scenario, Path path) {
        try {
            Files.writeString(path, toJson(scenario), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the scenario to " + path, e);
        }
    }
}
