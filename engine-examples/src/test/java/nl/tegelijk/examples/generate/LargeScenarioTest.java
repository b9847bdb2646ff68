package nl.tegelijk.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import org.junit.jupiter.api.Test;

/** The generator reaches its upper bound; the time is measured by hand (docs/GENERATOR.md), never asserted. */
class LargeScenarioTest {

    @Test
    void aScenarioOf100000PersonsIsGeneratedWithUniqueIds() {
        Scenario s = ScenarioGenerator.generate(GeneratorSettings.of(GeneratorSettings.MAX_PERSONS, 100_000L));
        assertThat(s.persons()).hasSize(100_000);
        Set<String> ids = new HashSet<>();
        s.persons().stream().map(Person::id).forEach(ids::add);
        assertThat(ids).hasSize(100_000);
        assertThat(s.dwellings()).isNotEmpty();
    }
}
