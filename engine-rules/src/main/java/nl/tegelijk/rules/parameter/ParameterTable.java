package nl.tegelijk.rules.parameter;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.rules.fact.LawParameters;
import nl.tegelijk.rules.fact.StatePensionAge;

/**
 * The dated law and policy values (ages, terms, hours, dates the law changed), read once from
 * {@code nl/tegelijk/rules/parameter/law-parameters.json}. Each parameter has values keyed by the date from which they
 * hold, each with its reference, and says whether it is taken on the reference date, on the application date (the law
 * as it stood), or as a whole table read by the year a person reaches the value (the state pension age,
 * WI21-AGE-02). Immutable and thread-safe.
 */
public final class ParameterTable {

    /** Which of the request's dates picks a parameter's value. */
    public enum AppliesOn {
        /** The value in force on the reference date. */
        REFERENCE_DATE,
        /** The value in force on the application date (the law as it stood). */
        APPLICATION_DATE,
        /** The whole table by calendar year; a person's value is the one of the year in which they reach it. */
        YEAR_REACHED
    }

    /** One dated value of a parameter with its source. */
    public record DatedValue(LocalDate from, Object value, String reference, String confidence) {
        public DatedValue {
            requireNonNull(from, "from");
            requireNonNull(value, "value");
            requireNonNull(reference, "reference");
            requireNonNull(confidence, "confidence");
        }
    }

    /** A parameter: its description, unit, which date picks its value, and its dated values (oldest first). */
    public record Parameter(String name, String description, String unit, AppliesOn appliesOn,
                            List<DatedValue> values) {
        public Parameter {
            requireNonNull(name, "name");
            values = List.copyOf(values);
        }

        /** The value in force on {@code date}. */
        public Object valueOn(LocalDate date) {
            Object found = null;
            for (DatedValue v : values) {
                if (!v.from().isAfter(date)) {
                    found = v.value();
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("Parameter (" + name + ") has no value on (" + date
                        + "); its first value holds from (" + values.get(0).from() + ").");
            }
            return found;
        }
    }

    private static final String RESOURCE = "/nl/tegelijk/rules/parameter/law-parameters.json";

    private final Map<String, Parameter> parameters;

    private ParameterTable(Map<String, Parameter> parameters) {
        this.parameters = Map.copyOf(parameters);
    }

    /** The table shipped with Tegelijk. */
    public static ParameterTable standard() {
        try (InputStream in = ParameterTable.class.getResourceAsStream(RESOURCE)) {
            requireNonNull(in, RESOURCE);
            return parse(TegelijkJson.reader().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static ParameterTable parse(JsonNode root) {
        Map<String, Parameter> result = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.get("parameters").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            String unit = p.get("unit").asText();
            List<DatedValue> values = new ArrayList<>();
            for (JsonNode v : p.get("values")) {
                Object value = "date".equals(unit) ? LocalDate.parse(v.get("value").asText()) : v.get("value").asInt();
                values.add(new DatedValue(LocalDate.parse(v.get("from").asText()), value,
                        v.get("reference").asText(), v.get("confidence").asText()));
            }
            values.sort(Comparator.comparing(DatedValue::from));
            result.put(e.getKey(), new Parameter(e.getKey(), p.get("description").asText(), unit,
                    AppliesOn.valueOf(p.get("appliesOn").asText()), values));
        }
        return new ParameterTable(result);
    }

    /** All parameters by name. */
    public Map<String, Parameter> parameters() {
        return parameters;
    }

    private static StatePensionAge yearTable(Parameter p) {
        Map<LocalDate, Integer> byYear = new HashMap<>();
        p.values().forEach(v -> byYear.put(v.from(), (Integer) v.value()));
        return new StatePensionAge(byYear);
    }

    /** The values in force for {@code request}, as the fact the rules read. */
    public LawParameters resolve(AssessmentRequest request) {
        Map<String, Object> values = new HashMap<>();
        parameters.forEach((name, p) -> values.put(name, switch (p.appliesOn()) {
            case REFERENCE_DATE -> p.valueOn(request.referenceDate());
            case APPLICATION_DATE -> p.valueOn(request.applicationDate());
            case YEAR_REACHED -> yearTable(p);
        }));
        return new LawParameters(request.applicationDate(), values);
    }
}
