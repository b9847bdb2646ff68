package nl.tegelijk.benchmarks.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paired comparison runs two builds in their own class loaders; here the same build twice, on 20 persons. */
class RulesPairedCpuTimeTest {
    @Test
    void comparesTwoBuildsRoundByRound(@TempDir Path dir) throws Exception {
        Path classPath = Files.writeString(dir.resolve("cp.txt"), System.getProperty("java.class.path"));

        double[] ratios = RulesPairedCpuTime.compare(classPath, classPath, 20, 4);

        assertThat(ratios).hasSize(4).isSorted();
        for (double ratio : ratios) {
            assertThat(ratio).isPositive().isFinite();
        }
    }
}
