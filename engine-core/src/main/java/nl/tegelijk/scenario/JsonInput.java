package nl.tegelijk.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The input side of Tegelijk's JSON formats, the scenario ({@link ScenarioReader}) and the formats that build on it
 * (the change batch of {@code nl.tegelijk.api.ChangeReader}): strict parsing, a JSON Schema check whose problems are
 * the scenario reader's {@link ScenarioProblem}s (stable code, record, JSON path), and the defaults for absent arrays. Thread-safe: an
 * instance holds one compiled schema, immutable once built.
 */
public final class JsonInput {

    /**
     * The record a JSON path runs through.
     *
     * @param recordType the kind of record, e.g. {@code person} or a change's kind
     * @param recordId its id, when it has one
     */
    public record Owner(String recordType, Optional<String> recordId) {
    }

    /** Finds the record that the path {@code elements} (field names and array indexes) runs through in {@code root}. */
    public interface Attribution {
        /** The owner of the path. */
        Owner of(JsonNode root, List<Object> elements);
    }

    /**
     * A parsed input: the tree, or the one problem that kept it from parsing.
     *
     * @param tree the tree, present exactly when there is no problem
     * @param problem the problem (malformed or unreadable input)
     */
    public record Parsed(Optional<JsonNode> tree, Optional<ScenarioProblem> problem) {
    }

    private final SchemaCheck check;

    private JsonInput(SchemaCheck check) {
        this.check = check;
    }

    /**
     * A check against the JSON Schema on the class path at {@code resource}; it may refer to the scenario schema's
     * definitions by its {@code $id} ({@code https://tegelijk.nl/schema/tegelijk-scenario-1.schema.json}).
     */
    public static JsonInput withSchema(String resource, Attribution attribution) {
        return new JsonInput(SchemaCheck.of(resource, attribution));
    }

    /** Every structural problem of {@code root}, in the order the schema finds them; empty when it conforms. */
    public List<ScenarioProblem> check(JsonNode root) {
        return check.problems(root);
    }

    /** An error at the path of {@code elements}, attributed to the record the path runs through. */
    public ScenarioProblem problemAt(JsonNode root, List<Object> elements, ProblemCode code, String message,
                                     String expected) {
        return check.problemAt(root, elements, code, message, expected);
    }

    /** A JSON path such as {@code $.changes[3].dwellingId}. */
    public static String path(List<Object> elements) {
        return SchemaCheck.path(elements);
    }

    /** Parses the file at {@code path} strictly (duplicate fields are an error). */
    public static Parsed parse(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in);
        } catch (IOException e) {
            return unreadable("the file cannot be read (" + e.getClass().getSimpleName() + ")", "a readable file");
        }
    }

    /** Parses {@code in} strictly (UTF-8 or any encoding JSON allows); the caller closes the stream. */
    public static Parsed parse(InputStream in) {
        try {
            return parsed(ScenarioReader.TREE_READER.readTree(in));
        } catch (JacksonException e) {
            return new Parsed(Optional.empty(), Optional.of(ScenarioReader.malformedProblem(e)));
        } catch (IOException e) {
            return unreadable("the input cannot be read (" + e.getClass().getSimpleName() + ")", "a readable input");
        }
    }

    /** Parses JSON text strictly. */
    public static Parsed parse(String json) {
        try {
            return parsed(ScenarioReader.TREE_READER.readTree(json));
        } catch (JacksonException e) {
            return new Parsed(Optional.empty(), Optional.of(ScenarioReader.malformedProblem(e)));
        }
    }

    /**
     * Fills every absent list of {@code recordType}, and of the records it holds, with an empty array, as the format
     * lets the input leave them out; changes {@code node}.
     */
    public static void fillAbsentLists(ObjectNode node, Class<?> recordType) {
        JsonDefaults.fill(node, recordType);
    }

    private static Parsed parsed(JsonNode tree) {
        if (tree == null || tree.isMissingNode()) {
            return new Parsed(Optional.empty(), Optional.of(ScenarioReader.inputProblem(ProblemCode.MALFORMED_JSON,
                    "the input is empty", "a JSON object")));
        }
        return new Parsed(Optional.of(tree), Optional.empty());
    }

    private static Parsed unreadable(String message, String expected) {
        return new Parsed(Optional.empty(), Optional.of(ScenarioReader.inputProblem(ProblemCode.UNREADABLE_INPUT,
                message, expected)));
    }
}
