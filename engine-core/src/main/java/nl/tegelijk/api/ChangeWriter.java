package nl.tegelijk.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.tegelijk.json.TegelijkJson;

/**
 * Writes a change batch in the format {@value ChangeReader#FORMAT}: the format marker, then the changes in order, each
 * with its {@code "type"}. Reading the output back with {@link ChangeReader} gives equal changes. Stateless and
 * thread-safe.
 */
public final class ChangeWriter {

    private static final ObjectMapper MAPPER = TegelijkJson.mapper();

    private ChangeWriter() {
    }

    /** The batch as a JSON tree the caller owns. */
    public static ObjectNode toTree(List<Change> changes) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", ChangeReader.FORMAT);
        ArrayNode array = root.putArray("changes");
        changes.forEach(change -> array.add(MAPPER.valueToTree(change)));
        return root;
    }

    /** The batch as indented JSON text. */
    public static String toJson(List<Change> changes) {
        try {
            return MAPPER.writeValueAsString(toTree(changes)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change batch could not be written as JSON", e);
        }
    }

    /** Writes the batch to {@code path} in UTF-8, replacing the file; I/O failures are unchecked. */
    public static void write(List<Change> changes, Path path) {
        try {
            Files.writeString(path, toJson(changes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the change batch to " + path, e);
        }
    }
}
