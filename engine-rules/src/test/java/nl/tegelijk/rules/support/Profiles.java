package nl.tegelijk.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.SupportNeed;

/** Test builder: integral profiles from a complete default person with JSON overrides. */
public final class Profiles {
    private static final ObjectNode DEFAULT_PERSON = load();

    private Profiles() {
    }

    private static ObjectNode load() {
        try (InputStream in = Profiles.class.getResourceAsStream("/nl/tegelijk/rules/support/default-person.json")) {
            return (ObjectNode) TegelijkJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default person with {@code overrides} (a JSON object of Person fields; nested objects merge). */
    public static Person person(JsonNode overrides) {
        ObjectNode node = DEFAULT_PERSON.deepCopy();
        merge(node, overrides);
        try {
            return TegelijkJson.mapper().treeToValue(node, Person.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("Bad person overrides " + overrides, e);
        }
    }

    /** The default person with overrides given as JSON text. */
    public static Person person(String overridesJson) {
        try {
            return person(TegelijkJson.mapper().readTree(overridesJson));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void merge(ObjectNode target, JsonNode overrides) {
        if (overrides == null) {
            return;
        }
        overrides.fields().forEachRemaining(e -> {
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode && e.getValue().isObject()) {
                merge((ObjectNode) existing, e.getValue());
            } else if (e.getValue().isNull()) {
                target.remove(e.getKey());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        });
    }

    /** A profile of {@code person} alone, or with the given household size and intake needs. */
    public static IntegralProfile profile(Person person, int householdSize, Map<LifeDomain, List<SupportNeed>> needs,
                                          List<String> strengths, List<String> wishes, Optional<String> note) {
        Household household = new Household(person.householdId(), false, 1, Optional.empty());
        List<Finding> findings = new ArrayList<>();
        needs.forEach((domain, list) -> findings.add(new Finding(domain, list.isEmpty() ? NeedLevel.NONE
                : NeedLevel.SOME, list, note)));
        List<IntakeReport> reports = List.of(new IntakeReport("r-" + person.id(), person.id(),
                IntakeParty.SOCIAL_DISTRICT_TEAM, person.permitGrantedDate().orElse(person.birthDate()), findings,
                strengths, wishes));
        return IntakeMerger.merge(person, household, householdSize, reports);
    }

    /** A profile of {@code person} alone, without intake findings. */
    public static IntegralProfile profile(Person person) {
        return profile(person, 1, Map.of(), List.of(), List.of(), Optional.empty());
    }
}
