package nl.tegelijk.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import nl.tegelijk.model.Scenario;

/**
 * Constants of the scenario format {@value #FORMAT} and access to its JSON Schema. See {@code docs/SCENARIO.md}.
 * Stateless and thread-safe.
 */
public final class ScenarioFormat {

    /** The value of the required top-level {@code "format"} field. */
    public static final String FORMAT = "tegelijk-scenario/1";

    /** The name of the top-level format marker field. */
    public static final String FORMAT_FIELD = "format";

    /** Weeks planned when the input gives no {@code horizonWeeks} (DESIGN.md, "Time"). */
    public static final int DEFAULT_HORIZON_WEEKS = Scenario.DEFAULT_HORIZON_WEEKS;

    /** Class-path location of the JSON Schema (draft 2020-12) of the format. */
    public static final String SCHEMA_RESOURCE = "/nl/tegelijk/scenario/scenario.schema.json";

    private ScenarioFormat() {
    }

    /** The JSON Schema of the format, as a fresh tree the caller owns. */
    public static JsonNode schema() {
        return SchemaCheck.schemaNode();
    }
}
