package nl.tegelijk.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a scenario in the format {@value ScenarioFormat#FORMAT} and validates it fully. The result is either a whole
 * valid {@link Scenario} or every problem found at once; the reader never throws on user data (malformed JSON, wrong
 * types, huge numbers, impossible dates) and never returns a half-loaded scenario.
 *
 * <p>Three stages, each only when the one before found no error: parse (a malformed document gives one problem with
 * line and column), structure (the JSON Schema {@link ScenarioFormat#SCHEMA_RESOURCE}), meaning
 * ({@link ScenarioValidator}). Warnings never block loading. Stateless and thread-safe; the caller owns the result and
 * closes any stream it passes in.
 */
public final class ScenarioReader {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioReader.class);

    /** Reads a JSON tree strictly: duplicate fields are an error, decimals keep every digit. */
    static final ObjectReader TREE_READER = TegelijkJson.reader()
            .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ScenarioReader() {
    }

    /** Reads the scenario file at {@code path}; an unreadable file is a problem, not an exception. */
    public static ScenarioReadResult read(Path path) {
        return read(JsonInput.parse(path));
    }

    /** Reads a scenario from {@code in} (UTF-8 or any encoding JSON allows); the caller closes the stream. */
    public static ScenarioReadResult read(InputStream in) {
        return read(JsonInput.parse(in));
    }

    /** Reads a scenario from JSON text. */
    public static ScenarioReadResult fromJson(String json) {
        return read(JsonInput.parse(json));
    }

    private static ScenarioReadResult read(JsonInput.Parsed parsed) {
        return parsed.tree().map(ScenarioReader::read)
                .orElseGet(() -> ScenarioReadResult.rejected(List.of(parsed.problem().orElseThrow())));
    }

    /** Validates and maps a scenario already parsed to a JSON tree; the tree is not changed. */
    public static ScenarioReadResult read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            return ScenarioReadResult.rejected(List.of(inputProblem(ProblemCode.MALFORMED_JSON,
                    "the input is empty", "a JSON object in the format " + ScenarioFormat.FORMAT)));
        }
        List<ScenarioProblem> structural = SchemaCheck.check(root);
        if (!structural.isEmpty()) {
            LOG.debug("Scenario rejected by the schema ({} problems)", structural.size());
            return ScenarioReadResult.rejected(structural);
        }
        Optional<Scenario> scenario;
        try {
            scenario = Optional.of(TegelijkJson.reader().treeToValue(JsonDefaults.apply((ObjectNode) root),
                    Scenario.class));
        } catch (JacksonException | IllegalArgumentException e) {
            // The schema should have caught this (it lets a huge decimal such as 1e400 pass as an integer); report it
            // on its record rather than fail.
            return ScenarioReadResult.rejected(List.of(mappingProblem(root, e)));
        }
        List<ScenarioProblem> semantic = ScenarioValidator.validate(scenario.get());
        List<ScenarioProblem> all = new ArrayList<>(semantic);
        boolean hasErrors = semantic.stream().anyMatch(ScenarioProblem::isError);
        LOG.debug("Scenario checked ({} persons, {} households, {} problems, valid {})",
                scenario.get().persons().size(), scenario.get().households().size(), all.size(), !hasErrors);
        return hasErrors ? ScenarioReadResult.rejected(all) : ScenarioReadResult.loaded(scenario.get(), all);
    }

    /** The one problem of input that is not well-formed JSON, with line and column. */
    static ScenarioProblem malformedProblem(JacksonException e) {
        String reason = Optional.ofNullable(e.getOriginalMessage()).orElse("unreadable JSON");
        reason = reason.replaceAll("\\s+", " ");
        if (reason.length() > 160) {
            reason = reason.substring(0, 157) + "...";
        }
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        ProblemCode code = reason.startsWith("Duplicate field") ? ProblemCode.DUPLICATE_FIELD
                : ProblemCode.MALFORMED_JSON;
        return inputProblem(code, "the input is not well-formed JSON" + where + ": " + reason,
                code == ProblemCode.DUPLICATE_FIELD ? "each field at most once per object"
                        : "well-formed JSON (RFC 8259)");
    }

    private static ScenarioProblem mappingProblem(JsonNode root, Exception e) {
        List<Object> elements = new ArrayList<>();
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                elements.add(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
            }
        }
        if (e.getCause() instanceof InputCoercionException || e instanceof InputCoercionException) {
            JsonNode value = root.at(JsonPointer.compile(pointer(elements)));
            return SchemaCheck.at(root, elements, ProblemCode.OUT_OF_RANGE,
                    "value " + SchemaCheck.render(value) + " is out of range", "a number within the field's range");
        }
        return SchemaCheck.at(root, elements, ProblemCode.INVALID_VALUE,
                "a value cannot be mapped to the model (" + e.getClass().getSimpleName() + ")",
                "a value the model accepts");
    }

    private static String pointer(List<Object> elements) {
        StringBuilder pointer = new StringBuilder();
        elements.forEach(element -> pointer.append('/').append(element.toString().replace("~", "~0")
                .replace("/", "~1")));
        return pointer.toString();
    }

    static ScenarioProblem inputProblem(ProblemCode code, String message, String expected) {
        return new ScenarioProblem(code, Severity.ERROR, "input", Optional.empty(), "$", message, expected);
    }
}
