package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import nl.tegelijk.support.ScenarioArbitraries;

/**
 * Adversarial scenario input: one field of a valid scenario is attacked (wrong type, null, huge or negative number,
 * empty, 10 MB or odd-unicode text, 10,000 nested arrays, a date out of range, an unknown field, a duplicate record) or
 * the text is truncated. The reader answers every such input, in bounded time, with the same result each time: a whole
 * scenario or errors that name the attacked record and field, in one readable line each.
 */
class AdversarialInputProperties {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String TEN_MEGABYTES = "x".repeat(10 * 1024 * 1024);
    private static final String DEEP = "[".repeat(10_000) + "]".repeat(10_000);
    private static final String DEEP_MARKER = "@@deeply-nested@@";
    private static final Set<String> RECORD_TYPES = Set.of("input", "scenario", "location", "household", "person",
            "intakeReport", "dwelling", "courseGroup", "schoolClass", "placement", "housingQuota");

    enum Kind {
        WRONG_TYPE, NULL, HUGE_NUMBER, NEGATIVE_NUMBER, EMPTY_TEXT, HUGE_TEXT, ODD_UNICODE, DEEP_NESTING,
        DATE_OUT_OF_RANGE, UNKNOWN_FIELD, DUPLICATE_RECORD, TRUNCATED;

        /** Whether every input of this kind must be rejected. */
        boolean alwaysRejected() {
            return this != EMPTY_TEXT && this != ODD_UNICODE;
        }
    }

    /** A field of the scenario tree: its parent object, its name, its JSON path and the record it belongs to. */
    record Target(ObjectNode parent, String field, String path, String recordType, Optional<String> recordId) {
    }

    /** One attack: the input text, and the path an error must name (or {@code $} for input that is not JSON). */
    record Attack(Kind kind, String path, String recordType, Optional<String> recordId, String json) {
        @Override
        public String toString() {
            return kind + " at " + path + " (" + json.length() + " characters)";
        }
    }

    @Provide
    Arbitrary<Attack> attacks() {
        return ScenarioArbitraries.scenarios(1, 3).map(ScenarioWriter::toTree).flatMap(root ->
                kinds().flatMap(kind -> Arbitraries.of(targets(root, kind)).flatMap(target ->
                        Arbitraries.integers().between(0, 1_000_000).map(pick -> attack(root, kind, target, pick)))));
    }

    /** Every kind but the 10 MB text, which takes half a second to read: {@link #tenMegabyteTextsAreRejectedWithoutBeingEchoed()} has those. */
    private static Arbitrary<Kind> kinds() {
        return Arbitraries.of(Kind.values()).filter(kind -> kind != Kind.HUGE_TEXT);
    }

    @Property(seed = "20261201", tries = 80)
    void everyAttackIsAnsweredInBoundedTimeWithTheSameProblemsNamingRecordAndField(@ForAll("attacks") Attack attack) {
        Statistics.label("kind").collect(attack.kind());
        assertAnswered(attack);
    }

    @Example
    void tenMegabyteTextsAreRejectedWithoutBeingEchoed() {
        ObjectNode root = ScenarioWriter.toTree(ScenarioArbitraries.scenarios(1, 1).sample());
        List<Target> texts = targets(root, Kind.HUGE_TEXT);
        for (String path : List.of("$.name", "$.persons[0].id", "$.persons[0].birthDate", "$.persons[0].gender")) {
            Target target = texts.stream().filter(t -> t.path().equals(path)).findFirst().orElseThrow();
            assertAnswered(attack(root, Kind.HUGE_TEXT, target, 0));
        }
    }

    private static void assertAnswered(Attack attack) {
        ScenarioReadResult first = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> ScenarioReader.fromJson(attack.json()));
        ScenarioReadResult second = ScenarioReader.fromJson(attack.json());

        Statistics.label("outcome").collect(first.isValid() ? "valid" : first.errors().get(0).code().name());
        assertThat(second).as("the same input gives the same result").isEqualTo(first);
        if (attack.kind().alwaysRejected()) {
            assertThat(first.isValid()).as(attack + " is rejected").isFalse();
        }
        if (first.isValid()) {
            return;
        }
        assertThat(first.scenario()).isEmpty();
        assertThat(first.errors()).allSatisfy(error -> {
            assertThat(error.recordType()).isIn(RECORD_TYPES);
            assertThat(error.field()).startsWith("$");
            assertThat(error.message()).isNotBlank();
            assertThat(error.expected()).isNotBlank();
            assertThat(error.describe()).as("one readable line").hasSizeLessThan(1_000).doesNotContain("\n");
        });
        if (attack.kind() == Kind.ODD_UNICODE) {
            return; // an odd but valid id may leave references elsewhere dangling: those errors name their own field
        }
        assertThat(first.errors()).as(first.describe()).anySatisfy(error -> {
            assertThat(error.field()).startsWith(attack.path());
            assertThat(error.recordType()).isEqualTo(attack.recordType());
            attack.recordId().ifPresent(id -> assertThat(error.recordId()).contains(id));
        });
    }

    /** The fields an attack of {@code kind} may hit (the root when it hits the text as a whole). */
    private static List<Target> targets(ObjectNode root, Kind kind) {
        List<Target> all = new ArrayList<>();
        collect(root, "$", "scenario", Optional.empty(), all);
        List<Target> fitting = all.stream().filter(t -> fits(kind, t.parent().get(t.field()))).toList();
        return fitting.isEmpty() || kind == Kind.TRUNCATED || kind == Kind.DUPLICATE_RECORD
                ? List.of(all.get(0)) : fitting;
    }

    private static boolean fits(Kind kind, JsonNode value) {
        return switch (kind) {
            case HUGE_NUMBER, NEGATIVE_NUMBER -> value.isIntegralNumber();
            case EMPTY_TEXT, HUGE_TEXT, ODD_UNICODE -> value.isTextual();
            case DATE_OUT_OF_RANGE -> value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}");
            case UNKNOWN_FIELD -> value.isObject();
            default -> true;
        };
    }

    private static void collect(ObjectNode object, String path, String recordType, Optional<String> recordId,
                                List<Target> out) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "." + field.getKey();
            if (!field.getKey().equals("format")) {
                out.add(new Target(object, field.getKey(), fieldPath, recordType, recordId));
            }
            if (field.getValue() instanceof ObjectNode child) {
                collect(child, fieldPath, recordType, recordId, out);
            } else if (field.getValue() instanceof ArrayNode array && path.equals("$")) {
                Optional<Section> section = Section.ofArray(field.getKey());
                for (int i = 0; i < array.size() && section.isPresent(); i++) {
                    if (array.get(i) instanceof ObjectNode record) {
                        JsonNode id = record.path("id");
                        collect(record, fieldPath + "[" + i + "]", section.get().recordType(),
                                id.isTextual() ? Optional.of(id.asText()) : Optional.empty(), out);
                    }
                }
            }
        }
    }

    private static Attack attack(ObjectNode original, Kind kind, Target chosen, int pick) {
        ObjectNode root = original.deepCopy();
        Target target = retarget(root, chosen);
        ObjectNode parent = target.parent();
        JsonNode value = parent.get(target.field());
        // Attacking an id changes the id an error can name.
        Optional<String> recordId = target.field().equals("id") && target.path().matches(".*\\[\\d+]\\.id")
                ? Optional.empty() : target.recordId();
        String path = target.path();
        String recordType = target.recordType();
        switch (kind) {
            case WRONG_TYPE -> parent.set(target.field(), value.isTextual() ? JSON.numberNode(7)
                    : value.isNumber() ? JSON.textNode("seven") : value.isBoolean() ? JSON.textNode("yes")
                    : value.isArray() ? JSON.objectNode() : JSON.arrayNode());
            case NULL -> parent.putNull(target.field());
            case HUGE_NUMBER -> parent.set(target.field(), JSON.numberNode(new BigDecimal(
                    List.of("1e400", "-1e400", "9".repeat(400), "9223372036854775808").get(pick % 4))));
            case NEGATIVE_NUMBER -> parent.put(target.field(), -1 - pick % 1000);
            case EMPTY_TEXT -> parent.put(target.field(), "");
            case HUGE_TEXT -> parent.put(target.field(), TEN_MEGABYTES);
            case ODD_UNICODE -> parent.put(target.field(), List.of("\u202eP-001\u0000", "\ud83d\ude00",
                    "\ud800", "Z\u0301\u0336a\u200b", "\ufeff", "\u0645\u0631\u062d\u0628\u0627").get(pick % 6));
            case DEEP_NESTING -> parent.put(target.field(), DEEP_MARKER);
            case DATE_OUT_OF_RANGE -> parent.put(target.field(),
                    List.of("0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31").get(pick % 4));
            case UNKNOWN_FIELD -> {
                path = path + ".surname";
                ((ObjectNode) value).put("surname", "Jansen");
            }
            case DUPLICATE_RECORD -> {
                ArrayNode persons = (ArrayNode) root.get("persons");
                JsonNode copy = persons.get(pick % persons.size()).deepCopy();
                persons.add(copy);
                path = "$.persons[" + (persons.size() - 1) + "].id";
                recordType = "person";
                recordId = Optional.of(copy.get("id").asText());
            }
            case TRUNCATED -> {
                String json = root.toString();
                return new Attack(kind, "$", "input", Optional.empty(), json.substring(0, pick % json.length()));
            }
        }
        if (kind == Kind.DEEP_NESTING) {
            return new Attack(kind, "$", "input", Optional.empty(),
                    root.toString().replace("\"" + DEEP_MARKER + "\"", DEEP));
        }
        return new Attack(kind, path, recordType, recordId, root.toString());
    }

    /** The same target in a copy of the tree. */
    private static Target retarget(ObjectNode copy, Target target) {
        String parentPath = target.path().substring(0, target.path().length() - target.field().length() - 1);
        String pointer = parentPath.substring(1).replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
        return new Target((ObjectNode) copy.at(pointer), target.field(), target.path(), target.recordType(),
                target.recordId());
    }
}
