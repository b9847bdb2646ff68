package nl.tegelijk.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import nl.tegelijk.model.Scenario;

/**
 * The one JSON configuration of Tegelijk, for scenarios, assessments, plans and plan states alike: record components
 * by name, ISO dates, enums by name, empty optionals left out, unknown fields an error (except the scenario format's
 * {@code "format"} marker, so a scenario written by {@code ScenarioWriter} reads back). A change
 * ({@code nl.tegelijk.api.Change}) names its kind in a {@code "type"} field holding the record's simple name
 * ({@code "DwellingWithdrawn"}); a whole change batch is read and checked with {@code nl.tegelijk.api.ChangeReader}
 * ({@code docs/changes.schema.json}).
 *
 * <p>{@link #reader()} and {@link #writer()} are immutable and thread-safe: share them. {@link #mapper()} returns a
 * new mapper the caller owns and may reconfigure without affecting Tegelijk. Mapping JSON to a {@link Scenario}
 * directly does not validate it; read scenario files with {@code nl.tegelijk.scenario.ScenarioReader}, which does.
 */
public final class TegelijkJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .addMixIn(Scenario.class, ScenarioFormatMarker.class)
            .build();

    private static final ObjectReader READER = MAPPER.reader();
    private static final ObjectWriter WRITER = MAPPER.writer();

    private TegelijkJson() {
    }

    /** A new mapper with Tegelijk's configuration, owned by the caller; make one and keep it, copying takes time. */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }

    /** The shared, immutable reader: e.g. {@code reader().forType(Plan.class).readValue(json)}. */
    public static ObjectReader reader() {
        return READER;
    }

    /** The shared, immutable writer (indented output): e.g. {@code writer().writeValueAsString(plan)}. */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** Lets a scenario carry the format's marker field, which the {@link Scenario} record does not hold. */
    @JsonIgnoreProperties("format")
    private abstract static class ScenarioFormatMarker {
    }
}
