package nl.tegelijk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whatif command on the tutorial: progress per plan, the ranked table, and the outputs with their section. */
class WhatIfCommandTest {

    @TempDir
    Path dir;

    @Test
    void whatIfFindsTheBottlenecksAndWritesTheTableIntoThePlanPageAndTheCouncilReport() {
        CommandRun run = CommandRun.of("whatif", "tutorial", "--moves", "2000", "--seeds", "2", "--candidates", "2",
                "--lang", "en", "--out-dir", dir.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("[1/").contains("Where capacity buys the most").contains("Total time");
        assertThat(dir.resolve("whatif.md")).content().contains("Where capacity buys the most")
                .contains("Where capacity binds in the base plan").contains("Change in every figure");
        assertThat(dir.resolve("whatif.csv")).content().startsWith("rank,variant,units,figure,base_mean");
        assertThat(dir.resolve("plan.html")).content().contains("Where capacity buys the most");
        assertThat(dir.resolve("report.md")).content().contains("## Where capacity buys the most");
    }

    @Test
    void inDutchTheSectionIsCalledWaarCapaciteitHetMeesteOplevert() {
        CommandRun run = CommandRun.of("whatif", "tutorial", "--moves", "500", "--seeds", "1", "--candidates", "1",
                "--out-dir", dir.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(dir.resolve("plan.html")).content().contains("Waar capaciteit het meeste oplevert");
        assertThat(dir.resolve("report.html")).content().contains("Waar capaciteit het meeste oplevert")
                .contains("<svg");
    }

    @Test
    void anAddOfAnUnknownPlaceIsOneClearLine() {
        CommandRun run = CommandRun.of("whatif", "tutorial", "--moves", "200", "--add", "atlantis:1", "--out-dir",
                dir.toString());

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err().strip()).contains("atlantis").doesNotContain("\n");
    }

    @Test
    void anAddWithoutAnAmountIsOneClearLine() {
        CommandRun run = CommandRun.of("whatif", "tutorial", "--add", "ISK", "--out-dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("<place or kind>:<amount>");
    }
}
