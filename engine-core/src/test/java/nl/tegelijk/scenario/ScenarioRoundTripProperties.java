package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.support.ScenarioArbitraries;

/** Writing a valid scenario and reading it back gives an equal scenario, with no problem. */
class ScenarioRoundTripProperties {

    @Provide
    Arbitrary<Scenario> scenarios() {
        return ScenarioArbitraries.scenarios();
    }

    @Property(seed = "20261201", tries = 150)
    void writeThenReadGivesAnEqualScenario(@ForAll("scenarios") Scenario scenario) {
        ScenarioReadResult result = ScenarioReader.fromJson(ScenarioWriter.toJson(scenario));

        assertThat(result.problems()).isEmpty();
        assertThat(result.scenario()).contains(scenario);
    }

    @Property(seed = "20261201", tries = 10)
    void writeToAFileThenReadGivesAnEqualScenario(@ForAll("scenarios") Scenario scenario) throws IOException {
        Path file = Files.createTempFile("scenario", ".json");
        try {
            ScenarioWriter.write(scenario, file);

            assertThat(ScenarioReader.read(file).scenario()).contains(scenario);
        } finally {
            Files.delete(file);
        }
    }

    @Property(seed = "20261201", tries = 50)
    void writtenScenarioStartsWithTheFormatMarker(@ForAll("scenarios") Scenario scenario) {
        assertThat(ScenarioWriter.toJson(scenario)).startsWith("{\n  \"format\" : \"tegelijk-scenario/1\",");
    }
}
