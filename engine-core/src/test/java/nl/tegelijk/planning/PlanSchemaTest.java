package nl.tegelijk.planning;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import static nl.tegelijk.planning.support.TestData.family;
import static nl.tegelijk.planning.support.TestData.familyAssessments;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tegelijk.json.TegelijkJson;
import org.junit.jupiter.api.Test;

// Runs the solver: a hang fails the test instead of the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PlanSchemaTest {

    @Test
    void optimisedAndBaselinePlansConformToTheDocumentedSchema() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("../docs/plan.schema.json")));
        Plan plan = Planner.create().plan(family(), familyAssessments(), PlanOptions.moves(200, 3));
        Plan sequential = nl.tegelijk.planning.baseline.SequentialPlanner.plan(family(), familyAssessments());

        for (Plan p : new Plan[] {plan, sequential}) {
            JsonNode json = TegelijkJson.mapper().readTree(TegelijkJson.mapper().writeValueAsString(p));
            assertThat(schema.validate(json)).isEmpty();
        }
        JsonNode broken = TegelijkJson.mapper().readTree("{\"scenarioName\": \"x\"}");
        assertThat(schema.validate(broken)).isNotEmpty();
    }
}
