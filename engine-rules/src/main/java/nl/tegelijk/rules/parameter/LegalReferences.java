package nl.tegelijk.rules.parameter;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.tegelijk.json.TegelijkJson;

/**
 * The one shared reference table of laws and other sources: name as used in rule metadata ({@code @law}) to BWB id and
 * link, read from {@code nl/tegelijk/rules/parameter/legal-references.json}. Immutable and thread-safe.
 */
public final class LegalReferences {

    /**
     * A source: its BWB id when it has one, a link, and the date from which it is in force when that is after
     * 2013-01-01 (the earliest date Tegelijk assesses on; a source without one was in force before).
     */
    public record Source(Optional<String> bwbId, String url, Optional<LocalDate> inForceFrom) {
        public Source {
            Objects.requireNonNull(bwbId, "bwbId");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(inForceFrom, "inForceFrom");
        }

        /** A source in force before 2013-01-01. */
        public Source(Optional<String> bwbId, String url) {
            this(bwbId, url, Optional.empty());
        }

        /** True when the source was in force on {@code date}. */
        public boolean inForceOn(LocalDate date) {
            return inForceFrom.map(from -> !from.isAfter(date)).orElse(true);
        }
    }

    private static final String RESOURCE = "/nl/tegelijk/rules/parameter/legal-references.json";
    private static final Map<String, Source> SOURCES = load();

    private LegalReferences() {
    }

    private static Map<String, Source> load() {
        try (InputStream in = LegalReferences.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, RESOURCE);
            JsonNode root = TegelijkJson.reader().readTree(in);
            Map<String, Source> result = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = root.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode bwb = e.getValue().get("bwbId");
                JsonNode from = e.getValue().get("inForceFrom");
                result.put(e.getKey(), new Source(Optional.ofNullable(bwb).map(JsonNode::asText),
                        e.getValue().get("url").asText(),
                        Optional.ofNullable(from).map(f -> LocalDate.parse(f.asText()))));
            }
            return Map.copyOf(result);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The source named {@code law}, if the table has it. */
    public static Optional<Source> find(String law) {
        return Optional.ofNullable(SOURCES.get(law));
    }

    /** All sources by name. */
    public static Map<String, Source> all() {
        return SOURCES;
    }
}
