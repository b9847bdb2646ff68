package nl.tegelijk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.rules.DroolsAssessor;
import nl.tegelijk.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assess, plan and run commands on the example scenario and the tutorial, end to end through the real rules. */
class PipelineCommandsTest {

    private static final Path EXAMPLE = Path.of("../docs/examples/example-scenario.json");

    @TempDir
    Path dir;

    @Test
    void assessPrintsOneAssessmentPerPersonWithRegimeDutyAndJustifications() throws IOException {
        CommandRun run = CommandRun.of("assess", EXAMPLE.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode assessments = TegelijkJson.mapper().readTree(run.out());
        assertThat(assessments.size()).isEqualTo(11);
        for (JsonNode a : assessments) {
            assertThat(a.path("regime").asText()).isIn("WI2013", "WI2021", "NONE");
            assertThat(a.path("duty").path("ruleId").asText()).isNotBlank();
            assertThat(a.path("justifications").size()).isPositive();
        }
    }

    @Test
    void assessQuotasChecksEachQuotaThatStatesItsFiguresAgainstTheFormula() throws IOException {
        CommandRun run = CommandRun.of("assess", exampleWithQuotaBasis().toString(), "--quotas");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode checks = TegelijkJson.mapper().readTree(run.out());
        assertThat(checks.size()).as("only the quota with its figures").isEqualTo(1);
        assertThat(checks.get(0).path("half").asInt()).isEqualTo(2);
        assertThat(checks.get(0).path("calculatedPersons").asInt()).isEqualTo(207);
        assertThat(checks.get(0).path("givenPersons").asInt()).isEqualTo(207);
        assertThat(checks.get(0).path("justification").path("ruleId").asText()).isEqualTo("HV-FORMULA-01");
    }

    @Test
    void assessQuotasThroughTheFacadeWritesExactlyTheChecksTheAssessorGives() throws IOException {
        Path file = exampleWithQuotaBasis();
        Scenario scenario = ScenarioReader.read(file).scenario().orElseThrow();

        CommandRun run = CommandRun.of("assess", file.toString(), "--quotas");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().strip()).isEqualTo(TegelijkJson.writer().writeValueAsString(
                DroolsAssessor.national().checkQuotas(scenario.housingQuotas())).strip());
    }

    @Test
    void assessWithAnApplicationDateThroughTheFacadeWritesExactlyTheAssessmentsTheAssessorGives() throws IOException {
        Scenario scenario = ScenarioReader.read(EXAMPLE).scenario().orElseThrow();
        AssessmentRequest request = new AssessmentRequest(LocalDate.of(2016, 6, 1), LocalDate.of(2026, 3, 1));

        CommandRun run = CommandRun.of("assess", EXAMPLE.toString(), "--reference-date", "2016-06-01",
                "--application-date", "2026-03-01");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out().strip()).isEqualTo(TegelijkJson.writer().writeValueAsString(
                DroolsAssessor.national().assess(IntakeMerger.merge(scenario), request)).strip());
    }

    /** The example scenario with the figures of its 2016-H2 quota (HV-FORMULA-01), 2016-H1 without. */
    private Path exampleWithQuotaBasis() throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode root =
                (com.fasterxml.jackson.databind.node.ObjectNode) TegelijkJson.mapper().readTree(EXAMPLE.toFile());
        com.fasterxml.jackson.databind.node.ObjectNode basis =
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.at("/housingQuotas/1")).putObject("basis");
        basis.put("nationalPermitHolders", 23000).put("municipalPopulation", 151543)
                .put("nationalPopulation", 16900000).put("populationDate", "2015-01-01");
        Path scenario = dir.resolve("with-quota-basis.json");
        Files.writeString(scenario, root.toString());
        return scenario;
    }

    @Test
    void explainGivesOnePersonsReasonsWithRuleIdsInPlainLanguage() {
        CommandRun run = CommandRun.of("assess", EXAMPLE.toString(), "--explain", "P-001", "--lang", "en");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Assessment of P-001").contains("Integration duty:").contains("Why:")
                .containsPattern("\\[[A-Z0-9]+-[A-Z0-9-]+\\]");
    }

    @Test
    void assessTakesTheApplicationDateBesideTheReferenceDate() throws IOException {
        CommandRun run = CommandRun.of("assess", EXAMPLE.toString(), "--reference-date", "2016-06-01",
                "--application-date", "2026-03-01");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode first = TegelijkJson.mapper().readTree(run.out()).get(0);
        assertThat(first.path("referenceDate").asText()).isEqualTo("2016-06-01");
        assertThat(first.path("applicationDate").asText()).isEqualTo("2026-03-01");
    }

    @Test
    void aReferenceDateBefore2013IsOneClearLineNotAnInternalError() {
        CommandRun run = CommandRun.of("assess", EXAMPLE.toString(), "--reference-date", "2012-12-31");

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err().strip()).startsWith("tegelijk: The reference date 2012-12-31 is before 2013-01-01");
    }

    @Test
    void aReferenceDateBeforeABirthDateIsOneClearLineNamingThePerson() {
        CommandRun run = CommandRun.of("assess", EXAMPLE.toString(), "--reference-date", "2013-01-01");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("before the birth date (birthDate) of person (");
    }

    @Test
    void explainingAnUnknownPersonIsOneClearLine() {
        CommandRun run = CommandRun.of("assess", EXAMPLE.toString(), "--explain", "P-999");

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err().strip()).startsWith("tegelijk: no person with id P-999");
    }

    @Test
    void planWritesAValidatedPlanThatReadsBackEqual() throws IOException {
        Path out = dir.resolve("plan.json");

        CommandRun run = CommandRun.of("plan", EXAMPLE.toString(), "--time-limit", "2s", "--out", out.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("independent validator found no broken hard rule")
                .contains("mean weeks to full participation").contains("sequential");
        Plan plan = TegelijkJson.mapper().readValue(Files.readString(out), Plan.class);
        assertThat(plan.scenarioName()).isNotBlank();
        assertThat(plan.score().feasible()).isTrue();
    }

    @Test
    void planHelpStatesTheUnimprovedTimeLimitAndItsDefault() {
        CommandRun run = CommandRun.of("plan", "--help");

        assertThat(run.exitCode()).as(run.all()).isZero();
        String help = run.out().replaceAll("\\s+", " "); // picocli wraps the descriptions
        assertThat(help).contains("--unimproved-time-limit").contains("(default: 5s)")
                .contains("optimising stops earlier when the best plan has not improved for --unimproved-time-limit");
    }

    @Test
    void planTakesAnUnimprovedTimeLimitOrNoneAndSaysSo() {
        CommandRun none = CommandRun.of("plan", EXAMPLE.toString(), "--time-limit", "2s",
                "--unimproved-time-limit", "none");
        CommandRun one = CommandRun.of("plan", EXAMPLE.toString(), "--time-limit", "2s",
                "--unimproved-time-limit", "1s");
        CommandRun wrong = CommandRun.of("plan", EXAMPLE.toString(), "--unimproved-time-limit", "soon");

        assertThat(none.out()).as(none.all()).contains("planning for at most 2 s...");
        assertThat(one.out()).as(one.all())
                .contains("planning for at most 2 s (stopping after 1 s without a better plan)...");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("'soon' is not a duration");
    }

    @Test
    void planWithAMoveLimitGivesTheSamePlanTwiceAndPrintsTheScorePerConstraint() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        CommandRun run = CommandRun.of("plan", EXAMPLE.toString(), "--moves", "3000", "--seed", "3", "--out",
                first.toString());
        CommandRun again = CommandRun.of("plan", EXAMPLE.toString(), "--moves", "3000", "--seed", "3", "--out",
                second.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertThat(run.out()).contains("planning for 3000 moves").contains("score per constraint (optimised)")
                .containsPattern("Weeks until full participation +soft +\\d+ +-\\d+");
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void runWritesEveryOutputIntoTheFolder() {
        CommandRun run = CommandRun.of("run", "tutorial", "--time-limit", "2s", "--out-dir", dir.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(dir.resolve("scenario.json")).isNotEmptyFile();
        assertThat(dir.resolve("assessments.json")).isNotEmptyFile();
        assertThat(dir.resolve("plan.json")).isNotEmptyFile();
        assertThat(dir.resolve("plan.csv")).content().startsWith("subject,track,resource");
        assertThat(dir.resolve("summary.txt")).content().contains("sequential");
    }

    @Test
    void runOnAnUnknownNameIsOneClearLine() {
        CommandRun run = CommandRun.of("run", "atlantis-2016");

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err().strip()).contains("neither a built-in scenario").doesNotContain("\n");
    }
}
