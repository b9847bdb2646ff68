package nl.tegelijk.api;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.PlanOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case system keeps the plan state between weeks as one JSON file, as EMBEDDING.md ("Between weeks") says. */
// Runs the solver: a hang fails the test instead of the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PlanStatePersistenceTest {

    private static final PlanOptions OPTIONS = PlanOptions.moves(2_000, 11);

    @Test
    void aPersistedStateReloadsEqualAndGivesAnEqualReplan(@TempDir Path dir) throws Exception {
        try (IntegrationEngine engine = IntegrationEngine.builder().assessor(new TableAssessor())
                .planOptions(OPTIONS).build()) {
            Scenario scenario = ReplanFixture.scenario();
            List<nl.tegelijk.assessment.Assessment> assessments = engine.assess(scenario);
            PlanState state = new PlanState(scenario, assessments, engine.plan(scenario, assessments));
            Path file = dir.resolve("state.json");

            Files.writeString(file, TegelijkJson.writer().writeValueAsString(state));
            PlanState reloaded = TegelijkJson.reader().forType(PlanState.class).readValue(file.toFile());

            assertThat(reloaded).isEqualTo(state);
            List<Change> week = List.of(new Change.DwellingWithdrawn("d3", ReplanFixture.monday(3)));
            Replan fromMemory = engine.replan(state, week, ReplanFixture.monday(3), OPTIONS);
            Replan fromFile = engine.replan(reloaded, week, ReplanFixture.monday(3), OPTIONS);
            assertThat(fromFile).isEqualTo(fromMemory);
        }
    }
}
