package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.Health;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.model.Schooling;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema cannot drift from the model: same fields, same required fields, same enum names. */
class ScenarioSchemaTest {

    private static final JsonNode SCHEMA = ScenarioFormat.schema();

    static Stream<Arguments> recordsAndDefinitions() {
        return Stream.of(Arguments.of(Scenario.class, ""), Arguments.of(Location.class, "location"),
                Arguments.of(Household.class, "household"), Arguments.of(Person.class, "person"),
                Arguments.of(Schooling.class, "schooling"), Arguments.of(Health.class, "health"),
                Arguments.of(IntakeReport.class, "intakeReport"), Arguments.of(Finding.class, "finding"),
                Arguments.of(Dwelling.class, "dwelling"), Arguments.of(CourseGroup.class, "courseGroup"),
                Arguments.of(SchoolClass.class, "schoolClass"), Arguments.of(Placement.class, "placement"),
                Arguments.of(HousingQuota.class, "housingQuota"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsAndDefinitions")
    void schemaHasExactlyTheRecordComponentsAsFields(Class<?> record, String definition) {
        JsonNode schema = definition(definition);
        List<String> expected = new ArrayList<>(components(record).map(RecordComponent::getName).toList());
        if (record == Scenario.class) {
            expected.add(0, ScenarioFormat.FORMAT_FIELD);
        }

        assertThat(names(schema.get("properties"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsAndDefinitions")
    void schemaRequiresExactlyTheComponentsThatHaveNoDefault(Class<?> record, String definition) {
        List<String> expected = new ArrayList<>(components(record)
                .filter(c -> c.getType() != Optional.class && c.getType() != List.class)
                .map(RecordComponent::getName)
                .filter(name -> !(record == Scenario.class && name.equals("horizonWeeks")))
                .filter(name -> !(record == Person.class && name.equals("civicIntegration"))) // absent: nothing recorded
                .toList());
        if (record == Scenario.class) {
            expected.add(ScenarioFormat.FORMAT_FIELD);
        }

        assertThat(values(definition(definition).get("required"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordsAndDefinitions")
    void schemaListsExactlyTheEnumConstantsOfTheModel(Class<?> record, String definition) {
        JsonNode properties = definition(definition).get("properties");
        components(record).forEach(component -> enumType(component).ifPresent(type -> {
            JsonNode property = resolve(properties.get(component.getName()));
            JsonNode enumNode = component.getType() == List.class ? resolve(property.get("items")).get("enum")
                    : property.get("enum");
            assertThat(values(enumNode)).as(component.getName()).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList());
        }));
    }

    private static JsonNode definition(String name) {
        return name.isEmpty() ? SCHEMA : SCHEMA.get("$defs").get(name);
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? SCHEMA.at(node.get("$ref").asText().substring(1)) : node;
    }

    private static Stream<RecordComponent> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents());
    }

    private static Optional<Class<?>> enumType(RecordComponent component) {
        Class<?> type = component.getType();
        if (type.isEnum()) {
            return Optional.of(type);
        }
        if ((type == Optional.class || type == List.class)
                && component.getGenericType() instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (argument instanceof Class<?> c && c.isEnum()) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> values(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
