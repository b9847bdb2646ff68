package nl.tegelijk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final Path EXAMPLE = Path.of("../docs/examples/example-scenario.json");

    @TempDir
    Path dir;

    @Test
    void aValidScenarioPrintsItsSummaryAndExitsZero() {
        CommandRun run = CommandRun.of("validate", EXAMPLE.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("is valid").contains("Persons");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anInvalidScenarioPrintsEachProblemOnItsOwnLineAndExitsNonZero() throws IOException {
        String json = Files.readString(EXAMPLE)
                .replaceFirst("\"planStart\"\\s*:\\s*\"[0-9-]+\"", "\"planStart\": \"2016-04-05\"")
                .replaceFirst("\"birthDate\"\\s*:\\s*\"[0-9-]+\"", "\"birthDate\": \"2030-01-01\"");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.out().lines().filter(l -> l.startsWith("ERROR ")))
                .anyMatch(l -> l.contains("$.planStart"))
                .anyMatch(l -> l.contains("$.persons[0].birthDate"));
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void malformedJsonNamesLineAndColumnWithoutAStackTrace() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"name\": \"x\",\n  oops\n}");

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.out()).contains("MALFORMED_JSON").containsPattern("line 3");
        assertThat(run.all()).doesNotContain("\tat ");
    }

    @Test
    void aMissingFileIsOneClearLine() {
        CommandRun run = CommandRun.of("validate", dir.resolve("nope.json").toString());

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err().strip()).startsWith("tegelijk: scenario file not found:").doesNotContain("\n");
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        CommandRun run = CommandRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_USAGE);
        assertThat(run.err()).contains("Missing required parameter");
    }
}
