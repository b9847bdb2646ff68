package nl.tegelijk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tegelijk.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameFileAndItIsAValidScenario() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");

        CommandRun first = CommandRun.of("generate", "--persons", "120", "--seed", "42", "--out", a.toString());
        CommandRun second = CommandRun.of("generate", "--persons", "120", "--seed", "42", "--out", b.toString());

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(Files.readString(a)).isEqualTo(Files.readString(b));
        assertThat(ScenarioReader.read(a).errors()).isEmpty();
        assertThat(ScenarioReader.read(a).scenario().orElseThrow().persons()).hasSize(120);
    }

    @Test
    void anotherSeedWritesAnotherScenario() throws IOException {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");

        CommandRun.of("generate", "--persons", "50", "--seed", "1", "--out", a.toString());
        CommandRun.of("generate", "--persons", "50", "--seed", "2", "--out", b.toString());

        assertThat(Files.readString(a)).isNotEqualTo(Files.readString(b));
    }

    @Test
    void tooFewPersonsIsOneClearLineAndNoFile() {
        Path out = dir.resolve("x.json");

        CommandRun run = CommandRun.of("generate", "--persons", "3", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo("tegelijk: --persons must be within [10, 100000], not 3");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownPressureIsAUsageError() {
        CommandRun run = CommandRun.of("generate", "--persons", "10", "--pressure", "EXTREME", "--out",
                dir.resolve("x.json").toString());

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_USAGE);
        assertThat(run.err()).contains("EXTREME").doesNotContain("\tat ");
    }
}
