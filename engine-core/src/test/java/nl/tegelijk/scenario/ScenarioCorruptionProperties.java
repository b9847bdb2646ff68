package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.support.ScenarioArbitraries;

/**
 * Corrupting exactly one field of a valid scenario gives errors that name exactly that field, with the code of the
 * corruption, and nothing unrelated.
 */
class ScenarioCorruptionProperties {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    enum Kind {
        WRONG_TYPE(ProblemCode.WRONG_TYPE),
        UNKNOWN_ENUM(ProblemCode.UNKNOWN_ENUM_VALUE),
        NEGATIVE_CAPACITY(ProblemCode.NOT_POSITIVE),
        DANGLING_REFERENCE(ProblemCode.UNKNOWN_REFERENCE),
        DUPLICATE_ID(ProblemCode.DUPLICATE_ID),
        UNKNOWN_FIELD(ProblemCode.UNKNOWN_FIELD),
        MISSING_FIELD(ProblemCode.MISSING_FIELD),
        IMPOSSIBLE_DATE(ProblemCode.IMPOSSIBLE_DATE);

        final ProblemCode expected;

        Kind(ProblemCode expected) {
            this.expected = expected;
        }
    }

    /**
     * One corruption: set (or, with an empty value, remove) {@code field} of the object at JSON pointer
     * {@code pointer}.
     */
    record Corruption(Kind kind, String pointer, String field, Optional<JsonNode> value) {
        String path() {
            String objectPath = pointer.isEmpty() ? "$" : "$" + pointer.replaceAll("/(\\d+)", "[$1]").replace('/', '.');
            return objectPath + "." + field;
        }

        ObjectNode applyTo(Scenario scenario) {
            ObjectNode root = ScenarioWriter.toTree(scenario);
            ObjectNode target = (ObjectNode) root.at(pointer);
            value.ifPresentOrElse(v -> target.set(field, v), () -> target.remove(field));
            return root;
        }
    }

    record Case(Scenario scenario, Corruption corruption) {
        @Override
        public String toString() {
            return corruption + " of a scenario with " + scenario.persons().size() + " persons";
        }
    }

    @Provide
    Arbitrary<Case> corruptedScenarios() {
        return ScenarioArbitraries.scenarios(1, 5).flatMap(scenario -> Arbitraries.of(Kind.values())
                .flatMap(kind -> Arbitraries.oneOf(candidates(scenario, kind)))
                .map(corruption -> new Case(scenario, corruption)));
    }

    @Property(seed = "20261201", tries = 300)
    void corruptingOneFieldGivesErrorsAtExactlyThatField(@ForAll("corruptedScenarios") Case c) {
        Corruption corruption = c.corruption();

        ScenarioReadResult result = ScenarioReader.read(corruption.applyTo(c.scenario()));

        Statistics.label("kind").collect(corruption.kind());
        assertThat(result.isValid()).isFalse();
        assertThat(result.errors()).as(result.describe()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.field()).isEqualTo(corruption.path());
            assertThat(error.code()).isEqualTo(corruption.kind().expected);
        });
        Statistics.label("kind").coverage(coverage -> {
            for (Kind kind : Kind.values()) {
                coverage.check(kind).count(n -> n > 0);
            }
        });
    }

    private static List<Arbitrary<Corruption>> candidates(Scenario s, Kind kind) {
        return switch (kind) {
            case WRONG_TYPE -> List.of(
                    set(kind, s.persons(), "persons", "", "workExperienceYears", JSON.textNode("many")),
                    set(kind, s.persons(), "persons", "/schooling", "literate", JSON.numberNode(1)),
                    set(kind, s.locations(), "locations", "", "latitude", JSON.textNode("north")),
                    set(kind, s.households(), "households", "", "needsAccessibleDwelling", JSON.textNode("yes")),
                    set(kind, s.dwellings(), "dwellings", "", "rooms", JSON.arrayNode()),
                    Arbitraries.just(new Corruption(kind, "", "name", Optional.of(JSON.numberNode(42)))));
            case UNKNOWN_ENUM -> unknownEnums(s, kind);
            case NEGATIVE_CAPACITY -> notPositive(s, kind);
            case DANGLING_REFERENCE -> dangling(s, kind);
            case DUPLICATE_ID -> duplicates(s, kind);
            case UNKNOWN_FIELD -> List.of(
                    set(kind, s.persons(), "persons", "", "surname", JSON.textNode("x")),
                    set(kind, s.persons(), "persons", "/health", "bloodType", JSON.textNode("A")),
                    set(kind, s.households(), "households", "", "pets", JSON.numberNode(2)),
                    set(kind, s.dwellings(), "dwellings", "", "garden", JSON.booleanNode(true)),
                    Arbitraries.just(new Corruption(kind, "", "mayor", Optional.of(JSON.textNode("x")))));
            case MISSING_FIELD -> List.of(
                    remove(kind, s.persons(), "persons", "", "birthDate"),
                    remove(kind, s.persons(), "persons", "", "health"),
                    remove(kind, s.persons(), "persons", "/schooling", "years"),
                    remove(kind, s.locations(), "locations", "", "district"),
                    remove(kind, s.households(), "households", "", "minimumRooms"),
                    remove(kind, s.dwellings(), "dwellings", "", "maxOccupants"),
                    Arbitraries.just(new Corruption(kind, "", "planStart", Optional.empty())));
            case IMPOSSIBLE_DATE -> List.of(
                    set(kind, s.persons(), "persons", "", "birthDate", JSON.textNode("2015-02-29")),
                    set(kind, s.dwellings(), "dwellings", "", "availableFrom", JSON.textNode("2016-04-31")),
                    Arbitraries.just(new Corruption(kind, "", "planStart", Optional.of(JSON.textNode("2016-13-01")))));
        };
    }

    private static List<Arbitrary<Corruption>> unknownEnums(Scenario s, Kind kind) {
        List<Arbitrary<Corruption>> candidates = new ArrayList<>();
        candidates.add(set(kind, s.persons(), "persons", "", "status", JSON.textNode("REFUGEE")));
        candidates.add(set(kind, s.persons(), "persons", "", "accommodation", JSON.textNode("TENT")));
        candidates.add(set(kind, s.persons(), "persons", "/schooling", "highestLevel", JSON.textNode("PHD")));
        if (!s.courseGroups().isEmpty()) {
            candidates.add(set(kind, s.courseGroups(), "courseGroups", "", "kind", JSON.textNode("SWIMMING")));
        }
        if (!s.placements().isEmpty()) {
            candidates.add(set(kind, s.placements(), "placements", "", "minimumDutchLevel", JSON.textNode("D9")));
        }
        return candidates;
    }

    private static List<Arbitrary<Corruption>> notPositive(Scenario s, Kind kind) {
        Arbitrary<JsonNode> value = Arbitraries.integers().between(-1000, 0).map(JSON::numberNode);
        List<Arbitrary<Corruption>> candidates = new ArrayList<>();
        candidates.add(set(kind, s.dwellings(), "dwellings", "", "maxOccupants", value));
        candidates.add(set(kind, s.households(), "households", "", "minimumRooms", value));
        if (!s.courseGroups().isEmpty()) {
            candidates.add(set(kind, s.courseGroups(), "courseGroups", "", "seats", value));
            candidates.add(set(kind, s.courseGroups(), "courseGroups", "", "hoursPerWeek", value));
        }
        if (!s.schoolClasses().isEmpty()) {
            candidates.add(set(kind, s.schoolClasses(), "schoolClasses", "", "seats", value));
        }
        if (!s.placements().isEmpty()) {
            candidates.add(set(kind, s.placements(), "placements", "", "slots", value));
        }
        return candidates;
    }

    private static List<Arbitrary<Corruption>> dangling(Scenario s, Kind kind) {
        JsonNode nowhere = JSON.textNode("NOWHERE-1");
        List<Arbitrary<Corruption>> candidates = new ArrayList<>();
        candidates.add(set(kind, s.persons(), "persons", "", "locationId", nowhere));
        candidates.add(set(kind, s.dwellings(), "dwellings", "", "locationId", nowhere));
        if (!s.courseGroups().isEmpty()) {
            candidates.add(set(kind, s.courseGroups(), "courseGroups", "", "locationId", nowhere));
        }
        if (!s.intakeReports().isEmpty()) {
            candidates.add(set(kind, s.intakeReports(), "intakeReports", "", "personId", nowhere));
        }
        // A person may leave a household with other members without emptying it.
        Map<String, Long> sizes = s.persons().stream()
                .collect(Collectors.groupingBy(Person::householdId, Collectors.counting()));
        List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < s.persons().size(); i++) {
            if (sizes.get(s.persons().get(i).householdId()) > 1) {
                movable.add(i);
            }
        }
        if (!movable.isEmpty()) {
            candidates.add(Arbitraries.of(movable).map(i -> new Corruption(kind, "/persons/" + i, "householdId",
                    Optional.of(nowhere))));
        }
        return candidates;
    }

    /** A later record takes the id of an earlier one, in sections that no other record refers to. */
    private static List<Arbitrary<Corruption>> duplicates(Scenario s, Kind kind) {
        List<Arbitrary<Corruption>> candidates = new ArrayList<>();
        addDuplicate(candidates, kind, "dwellings", s.dwellings().stream().map(d -> d.id()).toList());
        addDuplicate(candidates, kind, "intakeReports", s.intakeReports().stream().map(r -> r.id()).toList());
        addDuplicate(candidates, kind, "courseGroups", s.courseGroups().stream().map(c -> c.id()).toList());
        addDuplicate(candidates, kind, "placements", s.placements().stream().map(p -> p.id()).toList());
        return candidates;
    }

    private static void addDuplicate(List<Arbitrary<Corruption>> candidates, Kind kind, String array,
                                     List<String> ids) {
        if (ids.size() >= 2) {
            candidates.add(Arbitraries.integers().between(1, ids.size() - 1).flatMap(later -> Arbitraries.integers()
                    .between(0, later - 1).map(earlier -> new Corruption(kind, "/" + array + "/" + later, "id",
                            Optional.of(JSON.textNode(ids.get(earlier)))))));
        }
    }

    private static Arbitrary<Corruption> set(Kind kind, List<?> records, String array, String inner, String field,
                                             JsonNode value) {
        return set(kind, records, array, inner, field, Arbitraries.just(value));
    }

    private static Arbitrary<Corruption> set(Kind kind, List<?> records, String array, String inner, String field,
                                             Arbitrary<JsonNode> values) {
        return Arbitraries.integers().between(0, records.size() - 1).flatMap(i -> values.map(v ->
                new Corruption(kind, "/" + array + "/" + i + inner, field, Optional.of(v))));
    }

    private static Arbitrary<Corruption> remove(Kind kind, List<?> records, String array, String inner,
                                                String field) {
        return Arbitraries.integers().between(0, records.size() - 1).map(i ->
                new Corruption(kind, "/" + array + "/" + i + inner, field, Optional.empty()));
    }
}
