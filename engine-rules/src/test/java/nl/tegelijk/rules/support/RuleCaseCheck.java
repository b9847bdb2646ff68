package nl.tegelijk.rules.support;


import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.Deadline;
import nl.tegelijk.assessment.DeadlineKind;
import nl.tegelijk.assessment.SupportMeasure;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import org.assertj.core.api.SoftAssertions;

/**
 * Checks an assessment against a case's {@code expect} object. Keys (all optional): regime, dutyDate, obliged, ground,
 * dutyArisesOn, dutyRuleId, dutyCitation (the duty's legal basis), dispensation,
 * sufficientForNaturalisation, route, targetLevel, requirements (exact), deadlines {KIND: date}, noDeadlines [KIND], tracks [{track,
 * courseKinds, schoolKinds, placementKinds, earliestStart, deadline, voluntary, ruleId, maxWeeks, minor}] (each an
 * option of its own), noTracks ["KIND" or "KIND:VALUE"],
 * hours, consequences {field: value or null}, measures [{measure, domain, from, until}], noMeasures [KIND], outcomes ["RULE-ID | outcome"], noOutcomes,
 * citations ["RULE-ID | citation"] (a decision's legal basis).
 * A JSON null means "empty".
 */
public final class RuleCaseCheck {
    private RuleCaseCheck() {
    }

    public static void check(JsonNode e, Assessment a) {
        SoftAssertions soft = new SoftAssertions();
        if (e.has("regime")) {
            soft.assertThat(a.regime().name()).as("regime").isEqualTo(e.get("regime").asText());
        }
        if (e.has("dutyDate")) {
            soft.assertThat(a.dutyDate().map(Object::toString).orElse(null)).as("dutyDate").isEqualTo(text(e, "dutyDate"));
        }
        if (e.has("obliged")) {
            soft.assertThat(a.duty().obliged()).as("obliged").isEqualTo(e.get("obliged").asBoolean());
        }
        if (e.has("ground")) {
            soft.assertThat(a.duty().ground().name()).as("ground").isEqualTo(e.get("ground").asText());
        }
        if (e.has("dutyArisesOn")) {
            soft.assertThat(a.duty().dutyArisesOn().map(Object::toString).orElse(null)).as("dutyArisesOn")
                    .isEqualTo(text(e, "dutyArisesOn"));
        }
        if (e.has("dutyRuleId")) {
            soft.assertThat(a.duty().ruleId()).as("duty rule id").isEqualTo(e.get("dutyRuleId").asText());
        }
        if (e.has("dutyCitation")) {
            soft.assertThat(a.duty().legalBasis().citation()).as("duty legal basis").isEqualTo(e.get("dutyCitation").asText());
        }
        if (e.has("dispensation")) {
            soft.assertThat(a.duty().dispensation().map(d -> d.ground().name()).orElse(null)).as("dispensation")
                    .isEqualTo(text(e, "dispensation"));
        }
        if (e.has("sufficientForNaturalisation")) {
            soft.assertThat(a.duty().dispensation().map(d -> d.sufficientForNaturalisation()).orElse(null))
                    .as("dispensation sufficient for naturalisation").isEqualTo(e.get("sufficientForNaturalisation").asBoolean());
        }
        if (e.has("route")) {
            soft.assertThat(a.route().name()).as("route").isEqualTo(e.get("route").asText());
        }
        if (e.has("targetLevel")) {
            soft.assertThat(a.targetLevel().map(Enum::name).orElse(null)).as("targetLevel").isEqualTo(text(e, "targetLevel"));
        }
        if (e.has("requirements")) {
            soft.assertThat(a.requirements().stream().map(Enum::name).toList()).as("requirements")
                    .containsExactlyInAnyOrderElementsOf(strings(e.get("requirements")));
        }
        e.path("deadlines").fields().forEachRemaining(d -> soft.assertThat(
                a.deadline(DeadlineKind.valueOf(d.getKey())).map(Deadline::date).map(Object::toString).orElse(null))
                .as("deadline " + d.getKey()).isEqualTo(d.getValue().asText()));
        for (String kind : strings(e.path("noDeadlines"))) {
            soft.assertThat(a.deadline(DeadlineKind.valueOf(kind))).as("no deadline " + kind).isEmpty();
        }
        for (JsonNode t : e.path("tracks")) {
            // Each option is its own requirement, with its own dates and rule id.
            soft.assertThat(a.tracks().stream().anyMatch(x -> matches(t, x)))
                    .as("track " + t + " in " + a.tracks()).isTrue();
        }
        for (String spec : strings(e.path("noTracks"))) {
            String[] parts = spec.split(":");
            TrackKind kind = TrackKind.valueOf(parts[0]);
            soft.assertThat(a.tracks().stream().filter(t -> t.track() == kind)
                    .filter(t -> parts.length == 1 || kinds(t).contains(parts[1])).toList())
                    .as("no track " + spec).isEmpty();
        }
        if (e.has("hours")) {
            soft.assertThat(a.weeklyHoursLimit()).as("hours").isEqualTo(e.get("hours").asInt());
        }
        for (JsonNode m : e.path("measures")) {
            soft.assertThat(a.measures().stream().anyMatch(x -> matches(m, x))).as("measure " + m + " in " + a.measures())
                    .isTrue();
        }
        for (String kind : strings(e.path("noMeasures"))) {
            soft.assertThat(a.measures().stream().map(m -> m.measure().name())).as("no measure " + kind)
                    .doesNotContain(kind);
        }
        JsonNode consequences = nl.tegelijk.json.TegelijkJson.mapper().valueToTree(a.consequences());
        e.path("consequences").fields().forEachRemaining(c -> soft.assertThat(consequences.path(c.getKey()).isMissingNode()
                ? "null" : consequences.get(c.getKey()).toString()).as("consequence " + c.getKey())
                .isEqualTo(c.getValue().toString()));
        List<String> outcomes = a.justifications().stream().map(j -> j.ruleId() + " | " + j.outcome()).toList();
        for (String o : strings(e.path("outcomes"))) {
            soft.assertThat(outcomes).as("outcomes").contains(o);
        }
        for (String o : strings(e.path("noOutcomes"))) {
            soft.assertThat(outcomes).as("outcomes").doesNotContain(o);
        }
        List<String> citations = a.justifications().stream()
                .map(j -> j.ruleId() + " | " + j.legalBasis().citation()).toList();
        for (String c : strings(e.path("citations"))) {
            soft.assertThat(citations).as("legal basis of a decision").contains(c);
        }
        soft.assertAll();
    }

    private static boolean matches(JsonNode t, TrackRequirement x) {
        return x.track().name().equals(t.get("track").asText())
                && setMatches(t, "courseKinds", x.courseKinds())
                && setMatches(t, "schoolKinds", x.schoolKinds())
                && setMatches(t, "placementKinds", x.placementKinds())
                && (!t.has("earliestStart") || x.earliestStart().toString().equals(t.get("earliestStart").asText()))
                && (!t.has("deadline") || String.valueOf(x.deadline().map(Object::toString).orElse(null))
                        .equals(t.get("deadline").isNull() ? "null" : t.get("deadline").asText()))
                && (!t.has("voluntary") || x.voluntary() == t.get("voluntary").asBoolean())
                && (!t.has("ruleId") || x.ruleId().equals(t.get("ruleId").asText()))
                && (!t.has("maxWeeks") || String.valueOf(x.maxWeeks().orElse(null))
                        .equals(t.get("maxWeeks").isNull() ? "null" : t.get("maxWeeks").asText()))
                && (!t.has("minor") || x.minor() == t.get("minor").asBoolean());
    }

    private static boolean matches(JsonNode m, SupportMeasure x) {
        return x.measure().name().equals(m.get("measure").asText())
                && (!m.has("domain") || x.domain().name().equals(m.get("domain").asText()))
                && (!m.has("from") || x.from().map(Object::toString).orElse("null").equals(m.get("from").asText()))
                && (!m.has("until") || x.until().map(Object::toString).orElse("null").equals(m.get("until").asText()));
    }

    private static boolean setMatches(JsonNode t, String key, Set<? extends Enum<?>> actual) {
        if (!t.has(key)) {
            return true;
        }
        Set<String> names = new TreeSet<>();
        actual.forEach(x -> names.add(x.name()));
        return names.equals(new TreeSet<>(strings(t.get(key))));
    }

    private static Set<String> kinds(TrackRequirement t) {
        Set<String> names = new TreeSet<>();
        t.courseKinds().forEach(x -> names.add(x.name()));
        t.schoolKinds().forEach(x -> names.add(x.name()));
        t.placementKinds().forEach(x -> names.add(x.name()));
        return names;
    }

    private static String text(JsonNode e, String key) {
        return e.get(key).isNull() ? null : e.get(key).asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

}
