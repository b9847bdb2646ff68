package nl.tegelijk.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioWriter;
import nl.tegelijk.support.ExampleScenario;
import org.junit.jupiter.api.Test;

/** The JSON configuration reads what Tegelijk writes and cannot be changed by a caller for everyone else. */
class TegelijkJsonTest {

    @Test
    void aScenarioWrittenByTheScenarioWriterReadsBackEqualThroughTheSharedReader() throws Exception {
        Scenario scenario = ExampleScenario.scenario();

        Scenario read = TegelijkJson.reader().forType(Scenario.class).readValue(ScenarioWriter.toJson(scenario));

        assertThat(read).isEqualTo(scenario);
    }

    @Test
    void aCallerReconfiguringItsMapperChangesNothingForTheLibrary() throws Exception {
        ObjectMapper mine = TegelijkJson.mapper();
        mine.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        assertThat(TegelijkJson.mapper()).isNotSameAs(mine);
        assertThat(TegelijkJson.mapper().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(TegelijkJson.reader().isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    }
}
