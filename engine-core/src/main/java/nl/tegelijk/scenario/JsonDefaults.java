package nl.tegelijk.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import nl.tegelijk.model.Scenario;

/**
 * Fills in what the format lets the input leave out, on a tree that already conforms to the schema: an absent array
 * becomes empty (for every list component of every record, found by reflection so the rule cannot drift from the
 * model), an absent {@code horizonWeeks} becomes {@value ScenarioFormat#DEFAULT_HORIZON_WEEKS}, and the format marker
 * is removed because the {@link Scenario} record does not hold it. Stateless and thread-safe.
 */
final class JsonDefaults {

    private JsonDefaults() {
    }

    /** A copy of {@code root} ready to be mapped to a {@link Scenario}. */
    static ObjectNode apply(ObjectNode root) {
        ObjectNode copy = root.deepCopy();
        copy.remove(ScenarioFormat.FORMAT_FIELD);
        if (!copy.has("horizonWeeks")) {
            copy.put("horizonWeeks", ScenarioFormat.DEFAULT_HORIZON_WEEKS);
        }
        fill(copy, Scenario.class);
        return copy;
    }

    /** Fills every absent list of {@code recordType}, and of the records it holds, with an empty array. */
    static void fill(ObjectNode node, Class<?> recordType) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            String name = component.getName();
            Class<?> type = component.getType();
            if (type == List.class) {
                if (!node.has(name)) {
                    node.putArray(name);
                }
                Class<?> element = elementType(component.getGenericType());
                if (element.isRecord()) {
                    for (JsonNode item : node.get(name)) {
                        if (item instanceof ObjectNode object) {
                            fill(object, element);
                        }
                    }
                }
            } else if (type.isRecord() && node.get(name) instanceof ObjectNode object) {
                fill(object, type);
            }
        }
    }

    private static Class<?> elementType(Type listType) {
        if (listType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }
}
