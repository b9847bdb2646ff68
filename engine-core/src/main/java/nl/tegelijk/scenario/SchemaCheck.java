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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.tegelijk.json.TegelijkJson;

/**
 * The structural check: validates a JSON tree against a schema ({@code scenario.schema.json}, or the change-batch
 * schema that refers to its records) and translates each schema message into a {@link ScenarioProblem} with a stable
 * code and a JSON path, attributed to the record the path runs through. Thread-safe: the compiled schemas are shared
 * and immutable once initialised.
 */
final class SchemaCheck {

    private static final JsonNode SCENARIO_NODE = loadSchemaNode(ScenarioFormat.SCHEMA_RESOURCE);
    private static final String SCENARIO_ID = SCENARIO_NODE.path("$id").asText();
    /** The longest id the format allows; a longer one is not echoed as a problem's record id. */
    private static final int MAX_ID_LENGTH = SCENARIO_NODE.at("/$defs/id/maxLength").intValue();
    private static final SchemaCheck SCENARIO = new SchemaCheck(SCENARIO_NODE, SchemaCheck::scenarioRecord);
    /** A date of the right shape; the schema's pattern also bounds the years. */
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final String FIRST_DATE = "1900-01-01";
    private static final String LAST_DATE = "2199-12-31";

    private final JsonNode schemaNode;
    private final JsonSchema schema;
    private final JsonInput.Attribution attribution;

    private SchemaCheck(JsonNode schemaNode, JsonInput.Attribution attribution) {
        this.schemaNode = schemaNode;
        this.schema = compile(schemaNode);
        this.attribution = attribution;
    }

    /**
     * A check against the schema on the class path at {@code resource}, which may refer to the scenario schema's
     * definitions by its {@code $id}.
     */
    static SchemaCheck of(String resource, JsonInput.Attribution attribution) {
        return new SchemaCheck(loadSchemaNode(resource), attribution);
    }

    /** The scenario schema as a JSON tree (a fresh copy). */
    static JsonNode schemaNode() {
        return SCENARIO_NODE.deepCopy();
    }

    /** Every structural problem of the scenario {@code root}; empty when it conforms. */
    static List<ScenarioProblem> check(JsonNode root) {
        return SCENARIO.problems(root);
    }

    /** Every structural problem of {@code root}, in the order the schema finds them; empty when it conforms. */
    List<ScenarioProblem> problems(JsonNode root) {
        List<ScenarioProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ValidationMessage message : schema.validate(root)) {
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

    private ScenarioProblem translate(JsonNode root, ValidationMessage message) {
        List<Object> elements = elements(message.getInstanceLocation());
        JsonNode value = message.getInstanceNode();
        JsonNode keywordOwner = keywordOwner(message);
        JsonNode keyword = message.getSchemaNode();
        String property = message.getProperty();
        return switch (message.getType()) {
            case "required" -> problemAt(root, append(elements, property), ProblemCode.MISSING_FIELD,
                    "field '" + property + "' is missing",
                    "field '" + property + "'" + description(keywordOwner.path("properties").path(property)));
            case "additionalProperties" -> problemAt(root, append(elements, property), ProblemCode.UNKNOWN_FIELD,
                    "field '" + property + "' is not part of the format",
                    "only the fields " + fieldNames(keywordOwner));
            case "type" -> problemAt(root, elements, ProblemCode.WRONG_TYPE,
                    "value " + render(value) + " is " + jsonType(value),
                    article(keyword.asText()) + description(keywordOwner));
            case "enum" -> problemAt(root, elements, ProblemCode.UNKNOWN_ENUM_VALUE,
                    "value " + render(value) + " is not one of the allowed values", "one of " + listed(keyword));
            case "const" -> problemAt(root, elements, ProblemCode.UNSUPPORTED_FORMAT,
                    "format " + render(value) + " is not supported", render(keyword));
            case "pattern" -> keywordOwner.has("format") && DATE_SHAPE.matcher(value.asText()).matches()
                    ? problemAt(root, elements, ProblemCode.OUT_OF_RANGE, "date " + render(value) + " is out of range",
                            "a date from " + FIRST_DATE + " to " + LAST_DATE)
                    : problemAt(root, elements, ProblemCode.WRONG_FORMAT,
                            "value " + render(value) + " does not have the required shape",
                            keywordOwner.has("format") ? "a date yyyy-MM-dd" : "text matching " + keyword.asText());
            case "format" -> problemAt(root, elements, ProblemCode.IMPOSSIBLE_DATE,
                    "date " + render(value) + " does not exist", "a real calendar date yyyy-MM-dd");
            case "minimum", "maximum" -> range(root, elements, value, keywordOwner);
            case "minLength" -> problemAt(root, elements, ProblemCode.EMPTY_TEXT, "the text is empty", "a non-empty text");
            case "maxLength" -> problemAt(root, elements, ProblemCode.OUT_OF_RANGE,
                    "the text of " + value.asText().length() + " characters is too long",
                    "at most " + keyword.asText() + " characters");
            default -> problemAt(root, elements, ProblemCode.INVALID_VALUE,
                    "value " + render(value) + " is not valid (" + message.getType() + ")",
                    stripPath(message.getMessage()));
        };
    }

    private ScenarioProblem range(JsonNode root, List<Object> elements, JsonNode value, JsonNode owner) {
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
        return problemAt(root, elements, code, "value " + render(value) + " " + what, expected);
    }

    /** A problem at the path of {@code elements} of a scenario, attributed to the record the path runs through. */
    static ScenarioProblem at(JsonNode root, List<Object> elements, ProblemCode code, String message,
                                      String expected) {
        return SCENARIO.problemAt(root, elements, code, message, expected);
    }

    /** A problem at the path of {@code elements}, attributed to the record the path runs through. */
    ScenarioProblem problemAt(JsonNode root, List<Object> elements, ProblemCode code, String message,
                              String expected) {
        JsonInput.Owner owner = attribution.of(root, elements);
        return new ScenarioProblem(code, Severity.ERROR, owner.recordType(), owner.recordId(), path(elements),
                message, expected);
    }

    private static JsonInput.Owner scenarioRecord(JsonNode root, List<Object> elements) {
        if (elements.size() >= 2 && elements.get(0) instanceof String array && elements.get(1) instanceof Integer i) {
            Optional<Section> section = Section.ofArray(array);
            if (section.isPresent()) {
                JsonNode id = root.path(array).path(i).path("id");
                return new JsonInput.Owner(section.get().recordType(), id.isTextual() && !id.asText().isEmpty()
                        && id.asText().length() <= MAX_ID_LENGTH ? Optional.of(id.asText()) : Optional.empty());
            }
        }
        return new JsonInput.Owner(Section.SCENARIO, Optional.empty());
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
    private JsonNode keywordOwner(ValidationMessage message) {
        JsonNodePath fragment = message.getSchemaLocation().getFragment();
        Object document = message.getSchemaLocation().getAbsoluteIri();
        JsonNode node = document != null && document.toString().equals(SCENARIO_ID) ? SCENARIO_NODE : schemaNode;
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

    private static JsonNode loadSchemaNode(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The schema (" + resource
                        + ") is not on the class path. Maybe the engine-core jar is incomplete?");
            }
            return TegelijkJson.reader().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema (" + resource + ")", e);
        }
    }

    /** Compiles {@code schemaNode}; a reference to the scenario schema's {@code $id} resolves to it. */
    private static JsonSchema compile(JsonNode schemaNode) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        String scenarioText = SCENARIO_NODE.toString();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                        builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(SCENARIO_ID,
                                scenarioText))))
                .getSchema(schemaNode, config);
        schema.initializeValidators();
        return schema;
    }
}
