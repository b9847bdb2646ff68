package nl.tegelijk.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.SupportNeed;

/**
 * One rule case as data: a sentence name, the dates, the person (overrides of the default person), the other members of
 * the household ({@code "household"}: overrides of the default person each, ids {@code m1, m2, …} in the person's
 * household; assessed in the same batch) and the expected decision (see {@link RuleCaseCheck} for the keys).
 */
public record RuleCase(String concern, String name, AssessmentRequest request, IntegralProfile profile,
                       List<IntegralProfile> householdMembers, JsonNode expect) {

    static RuleCase of(String concern, JsonNode node) {
        LocalDate ref = LocalDate.parse(node.get("referenceDate").asText());
        LocalDate app = node.has("applicationDate") ? LocalDate.parse(node.get("applicationDate").asText()) : ref;
        Person person = Profiles.person(node.get("person"));
        JsonNode profileNode = node.get("profile");
        int householdSize = 1;
        Map<LifeDomain, List<SupportNeed>> needs = new EnumMap<>(LifeDomain.class);
        if (profileNode != null) {
            householdSize = profileNode.path("householdSize").asInt(1);
            profileNode.path("needs").fields().forEachRemaining(e -> {
                List<SupportNeed> list = new ArrayList<>();
                e.getValue().forEach(n -> list.add(SupportNeed.valueOf(n.asText())));
                needs.put(LifeDomain.valueOf(e.getKey()), list);
            });
        }
        IntegralProfile profile = Profiles.profile(person, householdSize, needs, List.of(), List.of(),
                Optional.empty());
        List<IntegralProfile> members = new ArrayList<>();
        for (JsonNode m : node.path("household")) {
            com.fasterxml.jackson.databind.node.ObjectNode o = ((com.fasterxml.jackson.databind.node.ObjectNode) m)
                    .deepCopy();
            o.put("id", "m" + (members.size() + 1));
            o.put("householdId", person.householdId());
            members.add(Profiles.profile(Profiles.person(o)));
        }
        return new RuleCase(concern, node.get("name").asText(), new AssessmentRequest(ref, app), profile,
                List.copyOf(members), node.get("expect"));
    }

    @Override
    public String toString() {
        return concern + ": " + name;
    }
}
