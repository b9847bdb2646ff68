package nl.tegelijk.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.tegelijk.json.TegelijkJson;

/**
 * The structural check: validates a JSON tree against {@code scenario.schema.json} and translates each schema message
 * into a {@link ScenarioProblem} with a stable code and a JSON path. Thread-safe: the compiled schema is shared and
 * immutable once initialised.
 */
final class SchemaCheck {

    private static final JsonNode SCHEMA_NODE = loadSchemaNode();
    private static final JsonSchema SCHEMA = compile(SCHEMA_NODE);
    /** The longest id the format allows; a longer one is not echoed as a problem's record id. */
    private static final int MAX_ID_LENGTH = SCHEMA_NODE.at("/$defs/id/maxLength").intValue();
    /** A date of the right shape; the schema's pattern also bounds the years. */
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final String FIRST_DATE = "1900-01-01";
    private static final String LAST_DATE = "2199-12-31";

    private SchemaCheck() {
    }

    /** The schema as a JSON tree (a fresh copy). */
    static JsonNode schemaNode() {
        return SCHEMA_NODE.deepCopy();
    }

    /** Every structural problem of {@code root}, in the order the schema finds them; empty when it conforms. */
    static List<ScenarioProblem> check(JsonNode root) {
        List<ScenarioProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ValidationMessage message : SCHEMA.validate(root)) {
            ScenarioProblem problem = translate(root, message);
            if (seen.add(problem.field() + " " + problem.code())) {
                problems.add(problem);
            }
        }
        // A date with the wrong shape or out of range fails both its pattern and its format: report the pattern only.
        Set<String> wrongShape = problems.stream()
                .filter(p -> p.code() == ProblemCode.WRONG_FORMAT || p.code() == ProblemCode.OUT_OF_RANGE)
                .map(ScenarioProblem::field).collect(Collectors.toSet());
        problems.removeIf(p -> p.code() == ProblemCode.IMPOSSIBLE_DATE && wrongShape.contains(p.field()));
        return problems;
    }

    private static ScenarioProblem translate(JsonNode root, ValidationMessage message) {
        List<Object> elements = elements(message.getInstanceLocation());
        JsonNode value = message.getInstanceNode();
        JsonNode keywordOwner = keywordOwner(message);
        JsonNode keyword = message.getSchemaNode();
        String property = message.getProperty();
        return switch (message.getType()) {
            case "required" -> at(root, append(elements, property), ProblemCode.MISSING_FIELD,
                    "field '" + property + "' is missing",
                    "field '" + property + "'" + description(keywordOwner.path("properties").path(property)));
            case "additionalProperties" -> at(root, append(elements, property), ProblemCode.UNKNOWN_FIELD,
                    "field '" + property + "' is not part of the format",
                    "only the fields " + fieldNames(keywordOwner));
            case "type" -> at(root, elements, ProblemCode.WRONG_TYPE,
                    "value " + render(value) + " is " + jsonType(value),
                    article(keyword.asText()) + description(keywordOwner));
            case "enum" -> at(root, elements, ProblemCode.UNKNOWN_ENUM_VALUE,
                    "value " + render(value) + " is not one of the allowed values", "one of " + listed(keyword));
            case "const" -> at(root, elements, ProblemCode.UNSUPPORTED_FORMAT,
                    "format " + render(value) + " is not supported", render(keyword));
            case "pattern" -> keywordOwner.has("format") && DATE_SHAPE.matcher(value.asText()).matches()
                    ? at(root, elements, ProblemCode.OUT_OF_RANGE, "date " + render(value) + " is out of range",
                            "a date from " + FIRST_DATE + " to " + LAST_DATE)
                    : at(root, elements, ProblemCode.WRONG_FORMAT,
                            "value " + render(value) + " does not have the required shape",
                            keywordOwner.has("format") ? "a date yyyy-MM-dd" : "text matching " + keyword.asText());
            case "format" -> at(root, elements, ProblemCode.IMPOSSIBLE_DATE,
                    "date " + render(value) + " does not exist", "a real calendar date yyyy-MM-dd");
            case "minimum", "maximum" -> range(root, elements, value, keywordOwner);
            case "minLength" -> at(root, elements, ProblemCode.EMPTY_TEXT, "the text is empty", "a non-empty text");
            case "maxLength" -> at(root, elements, ProblemCode.OUT_OF_RANGE,
                    "the text of " + value.asText().length() + " characters is too long",
                    "at most " + keyword.asText() + " characters");
            default -> at(root, elements, ProblemCode.INVALID_VALUE,
                    "value " + render(value) + " is not valid (" + message.getType() + ")",
                    stripPath(message.getMessage()));
        };
    }

    private static ScenarioProblem range(JsonNode root, List<Object> elements, JsonNode value, JsonNode owner) {
        Optional<BigDecimal> min = decimal(owner.path("minimum"));
        Optional<BigDecimal> max = decimal(owner.path("maximum"));
        String expected = (owner.path("type").asText().equals("integer") ? "a whole number" : "a number")
                + min.map(m -> " from " + m.toPlainString()).orElse("")
                + max.map(m -> " up to " + m.toPlainString()).orElse("");
        BigDecimal actual = value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
        boolean belowMinimum = min.isPresent() && actual.compareTo(min.get()) < 0;
        ProblemCode code;
        if (belowMinimum && min.get().compareTo(BigDecimal.ONE) == 0) {
            code = ProblemCode.NOT_POSITIVE;
        } else if (belowMinimum && min.get().signum() == 0) {
            code = ProblemCode.NEGATIVE;
        } else {
            code = ProblemCode.OUT_OF_RANGE;
        }
        String what = code == ProblemCode.NOT_POSITIVE ? "is not positive"
                : code == ProblemCode.NEGATIVE ? "is negative" : "is out of range";
        return at(root, elements, code, "value " + render(value) + " " + what, expected);
    }

    /** A problem at the path of {@code elements}, attributed to the record the path runs through. */
    static ScenarioProblem at(JsonNode root, List<Object> elements, ProblemCode code, String message,
                                      String expected) {
        String recordType = Section.SCENARIO;
        Optional<String> recordId = Optional.empty();
        if (elements.size() >= 2 && elements.get(0) instanceof String array && elements.get(1) instanceof Integer i) {
            Optional<Section> section = Section.ofArray(array);
            if (section.isPresent()) {
                recordType = section.get().recordType();
                JsonNode id = root.path(array).path(i).path("id");
                recordId = id.isTextual() && !id.asText().isEmpty() && id.asText().length() <= MAX_ID_LENGTH
                        ? Optional.of(id.asText()) : Optional.empty();
            }
        }
        return new ScenarioProblem(code, Severity.ERROR, recordType, recordId, path(elements), message, expected);
    }

    /** A path such as {@code $.persons[3].birthDate}. */
    static String path(List<Object> elements) {
        StringBuilder path = new StringBuilder("$");
        for (Object element : elements) {
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append('.').append(element);
            }
        }
        return path.toString();
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return elements;
    }

    private static List<Object> append(List<Object> elements, String name) {
        List<Object> longer = new ArrayList<>(elements);
        longer.add(name);
        return longer;
    }

    /** The schema object that holds the keyword of {@code message}, e.g. the object with {@code minimum}. */
    private static JsonNode keywordOwner(ValidationMessage message) {
        JsonNodePath fragment = message.getSchemaLocation().getFragment();
        JsonNode node = SCHEMA_NODE;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
        }
        return node;
    }

    private static String description(JsonNode schema) {
        return schema.has("description") ? " (" + schema.get("description").asText() + ")" : "";
    }

    private static String fieldNames(JsonNode objectSchema) {
        List<String> names = new ArrayList<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String listed(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.joining(", "));
    }

    private static Optional<BigDecimal> decimal(JsonNode node) {
        return node.isNumber() ? Optional.of(node.decimalValue()) : Optional.empty();
    }

    private static String article(String jsonType) {
        return switch (jsonType) {
            case "integer", "object", "array" -> "an " + jsonType;
            default -> "a " + jsonType;
        };
    }

    private static String jsonType(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        } else if (value.isIntegralNumber()) {
            return "an integer";
        } else if (value.isNumber()) {
            return "a number";
        } else if (value.isBoolean()) {
            return "a boolean";
        } else if (value.isArray()) {
            return "an array";
        } else if (value.isObject()) {
            return "an object";
        }
        return "null";
    }

    /** The value as it appears in the input, shortened to keep messages on one line. */
    static String render(JsonNode value) {
        String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 ? message.substring(colon + 2) : message;
    }

    private static JsonNode loadSchemaNode() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(ScenarioFormat.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The scenario schema (" + ScenarioFormat.SCHEMA_RESOURCE
                        + ") is not on the class path. Maybe the engine-core jar is incomplete?");
            }
            return TegelijkJson.reader().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the scenario schema (" + ScenarioFormat.SCHEMA_RESOURCE + ")",
                    e);
        }
    }

    private static JsonSchema compile(JsonNode schemaNode) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaNode, config);
        schema.initializeValidators();
        return schema;
    }
}
