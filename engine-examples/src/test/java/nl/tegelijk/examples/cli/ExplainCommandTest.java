package nl.tegelijk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain <plan.json> <personId>} on the output folder of {@code run tutorial}. */
class ExplainCommandTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void runTutorial() {
        CommandRun run = CommandRun.of("run", "tutorial", "--time-limit", "2s", "--out-dir", dir.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @Test
    void explainsTheAssessmentAndEachTrackWithItsStartAndEarliestWeek() {
        CommandRun run = CommandRun.of("explain", dir.resolve("plan.json").toString(), "P-000001", "--lang", "en");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Assessment of P-000001").contains("Plan tutorial (OPTIMISED)")
                .contains("not before week");
    }

    @Test
    void runWritesThePlanPageAndTheCouncilReportBesideThePlan() {
        assertThat(dir.resolve("plan.html")).content().contains("id=\"plan-data\"").doesNotContain("{{DATA}}");
        assertThat(dir.resolve("report.md")).content().startsWith("# Raadsinformatiebrief")
                .doesNotContain("bijgesteld tot").contains("Volgens de formule (HV-FORMULA-01)");
        assertThat(dir.resolve("quota-checks.json")).as("the tutorial's quotas state no figures").content()
                .matches("\\[\\s*\\]\\s*");
        assertThat(dir.resolve("report.html")).content().contains("<svg");
    }

    @Test
    void anUnknownPersonIsOneClearLine() {
        CommandRun run = CommandRun.of("explain", dir.resolve("plan.json").toString(), "P-999");

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err().strip()).startsWith("tegelijk: no person with id P-999").doesNotContain("\n");
    }

    @Test
    void aMissingPlanFileIsOneClearLine() {
        CommandRun run = CommandRun.of("explain", dir.resolve("nope.json").toString(), "P-000001");

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err().strip()).startsWith("tegelijk: plan file not found").doesNotContain("\n");
    }

    @Test
    void aFileThatIsNotAPlanIsOneClearLine() throws IOException {
        Path notAPlan = Files.writeString(dir.resolve("not-a-plan.json"), "{\"hello\": 1}");

        CommandRun run = CommandRun.of("explain", notAPlan.toString(), "P-000001");

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err().strip()).startsWith("tegelijk: cannot read").doesNotContain("\n");
    }
}
