package nl.tegelijk.api;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tegelijk.scenario.InvalidScenarioException;
import nl.tegelijk.scenario.JsonInput;
import nl.tegelijk.scenario.ProblemCode;
import nl.tegelijk.scenario.ScenarioProblem;
import nl.tegelijk.json.TegelijkJson;

/**
 * Reads a batch of {@link Change}s in the format {@value #FORMAT} ({@code docs/changes.schema.json}), with the same
 * problems as {@link ScenarioReader}: the result is either every change of the batch or every problem found at once,
 * each naming the change's kind and its JSON path ({@code $.changes[3].dwellingId}); the reader never throws on user
 * data and never returns half a batch. Whether the changes fit a scenario is the replan's check
 * ({@code InvalidChangeException}), not the reader's.
 *
 * <p>Two stages, the second only when the first found no error: structure (the JSON Schema, whose records are those
 * of the scenario format), then each change mapped to its record (whose own checks may still refuse it). Stateless and
 * thread-safe; the caller owns the result and closes any stream it passes in.
 */
public final class ChangeReader {

    /** The value of the required top-level {@code "format"} field. */
    public static final String FORMAT = "tegelijk-changes/1";

    /** Class-path location of the JSON Schema (draft 2020-12) of the format; also {@code docs/changes.schema.json}. */
    public static final String SCHEMA_RESOURCE = "/nl/tegelijk/api/changes.schema.json";

    /** Record type of problems outside any change, such as a missing {@code format}. */
    static final String BATCH = "changeBatch";

    private static final Map<String, Class<?>> KINDS = Arrays.stream(Change.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    private static final JsonInput SCHEMA = JsonInput.withSchema(SCHEMA_RESOURCE, ChangeReader::owner);

    private ChangeReader() {
    }

    /** Reads the change file at {@code path}; an unreadable file is a problem, not an exception. */
    public static ChangeReadResult read(Path path) {
        return read(JsonInput.parse(path));
    }

    /** Reads a change batch from {@code in} (UTF-8 or any encoding JSON allows); the caller closes the stream. */
    public static ChangeReadResult read(InputStream in) {
        return read(JsonInput.parse(in));
    }

    /** Reads a change batch from JSON text. */
    public static ChangeReadResult fromJson(String json) {
        return read(JsonInput.parse(json));
    }

    private static ChangeReadResult read(JsonInput.Parsed parsed) {
        return parsed.tree().map(ChangeReader::read)
                .orElseGet(() -> ChangeReadResult.rejected(List.of(parsed.problem().orElseThrow())));
    }

    /** Checks and maps a change batch already parsed to a JSON tree; the tree is not changed. */
    public static ChangeReadResult read(JsonNode root) {
        requireNonNull(root, "root");
        List<ScenarioProblem> structural = SCHEMA.check(root);
        if (!structural.isEmpty()) {
            return ChangeReadResult.rejected(structural);
        }
        List<Change> changes = new ArrayList<>();
        List<ScenarioProblem> problems = new ArrayList<>();
        JsonNode array = root.get("changes");
        for (int i = 0; i < array.size(); i++) {
            ObjectNode node = ((ObjectNode) array.get(i)).deepCopy();
            JsonInput.fillAbsentLists(node, KINDS.get(node.get("type").asText()));
            try {
                changes.add(TegelijkJson.reader().treeToValue(node, Change.class));
            } catch (JacksonException | IllegalArgumentException e) {
                problems.addAll(mappingProblems(root, i, e));
            }
        }
        return problems.isEmpty() ? ChangeReadResult.loaded(changes) : ChangeReadResult.rejected(problems);
    }

    /**
     * What a record's own checks refused, at its JSON path: the problems of an {@link InvalidScenarioException} (its
     * fields relative to the record) moved under the change, or one problem for any other refusal.
     */
    private static List<ScenarioProblem> mappingProblems(JsonNode root, int index, Exception e) {
        List<Object> elements = new ArrayList<>(List.of("changes", index));
        if (e instanceof JsonMappingException mapping) {
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                elements.add(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
            }
        }
        String at = JsonInput.path(elements);
        Optional<InvalidScenarioException> refused = causeOf(e, InvalidScenarioException.class);
        if (refused.isPresent()) {
            String kind = owner(root, elements).recordType();
            return refused.get().errors().stream().map(p -> new ScenarioProblem(p.code(), p.severity(), kind,
                    p.recordId(), at + p.field().substring(1), p.message(), p.expected())).toList();
        }
        String reason = causeOf(e, IllegalArgumentException.class).map(Throwable::getMessage)
                .map(m -> m.length() > 200 ? m.substring(0, 197) + "..." : m)
                .orElse(e.getClass().getSimpleName());
        return List.of(SCHEMA.problemAt(root, elements, ProblemCode.INVALID_VALUE,
                "the record refuses the value (" + reason.replaceAll("\\s+", " ") + ")", "a value the model accepts"));
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** A change's problems belong to its kind ({@code DwellingWithdrawn}); others to the batch. */
    private static JsonInput.Owner owner(JsonNode root, List<Object> elements) {
        if (elements.size() >= 2 && "changes".equals(elements.get(0)) && elements.get(1) instanceof Integer i) {
            JsonNode type = root.path("changes").path(i).path("type");
            return new JsonInput.Owner(type.isTextual() && KINDS.containsKey(type.asText()) ? type.asText()
                    : "change", Optional.empty());
        }
        return new JsonInput.Owner(BATCH, Optional.empty());
    }
}
