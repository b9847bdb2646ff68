package nl.tegelijk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.benchmarks.baseline.BaselineComparison;
import nl.tegelijk.benchmarks.scaling.ScalingBenchmark;
import nl.tegelijk.benchmarks.score.ScoreCalculationBenchmark;
import nl.tegelijk.benchmarks.solver.SolverConfigBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs each benchmark suite's main path on a tiny dataset for a second or two, so that the suites cannot rot. It
 * checks that each writes its report, tables and charts and that every plan passes the validator; it never checks
 * speed.
 */
class BenchmarkSuitesSmokeTest {

    @TempDir
    Path out;

    @Test
    void solverConfigBenchmarkWritesTheHtmlReportAndABestScoreRowPerDatasetAndConfiguration() throws IOException {
        int exit = new CommandLine(new SolverConfigBenchmark()).execute("--datasets", "tutorial", "--seconds", "1",
                "--configs", "default,sorted-construction", "--large-datasets", "tutorial", "--large-seconds", "1",
                "--large-configs", "late-acceptance-100", "--warm-up", "0", "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(files("index.html")).hasSize(2);
        List<Path> csvs = files("best-scores.csv");
        assertThat(csvs).hasSize(2);
        List<String> rows = csvs.stream().flatMap(BenchmarkSuitesSmokeTest::lines)
                .filter(l -> !l.startsWith("dataset")).toList();
        assertThat(rows).extracting(l -> l.split(",")[0] + "/" + l.split(",")[1]).containsExactlyInAnyOrder(
                "tutorial/default", "tutorial/sorted-construction", "tutorial-greedy/late-acceptance-100");
    }

    @Test
    void baselineComparisonWritesEveryMethodAndSolverTimeOverTheSeedsWithNoBrokenHardRule() throws IOException {
        int exit = new CommandLine(new BaselineComparison()).execute("--datasets", "tutorial", "--seconds", "1,2",
                "--seeds", "1,2,3", "--out", out.toString());

        assertThat(exit).isZero();
        List<String[]> rows = lines(out.resolve("summary.csv")).skip(1).map(l -> l.split(",")).toList();
        assertThat(rows).extracting(r -> r[1] + "@" + r[2] + "x" + r[3]).containsExactly("sequential@-x1",
                "greedy parallel@-x1", "optimised@1x3", "optimised@2x3");
        assertThat(rows).extracting(r -> r[4]).as("violations, median over the seeds").containsOnly("0");
        assertThat(rows.get(0)[7]).as("sequential against itself").isEqualTo("1.00");
        assertThat(lines(out.resolve("runs.csv")).skip(1)).hasSize(2 + 2 * 3);
        assertThat(Files.readString(out.resolve("summary.md"))).contains("load average", "| optimised | 2 | 3 |");
        assertThat(Files.readString(out.resolve("anytime.svg"))).contains("<svg", "2 s");
    }

    @Test
    void scalingBenchmarkMeasuresInAFreshJvmAndWritesTablesAndCharts() throws IOException {
        int exit = new CommandLine(new ScalingBenchmark()).execute("--sizes", "20", "--checkpoints", "1,2",
                "--heap", "512m", "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(lines(out.resolve("scaling-speed.csv")).skip(1)).singleElement()
                .satisfies(l -> assertThat(l).startsWith("20,"));
        assertThat(lines(out.resolve("scaling-headline.csv")).skip(1).map(l -> l.split(",")[1]))
                .containsExactly("optimised 1 s", "optimised 2 s", "greedy parallel", "sequential");
        for (String chart : List.of("scaling-mean-weeks.svg", "scaling-first-feasible.svg", "scaling-heap.svg")) {
            assertThat(Files.readString(out.resolve(chart))).startsWith("<svg").contains("20 persons");
        }
    }

    @Test
    void scoreCalculationBenchmarkUndoesEachMoveItEvaluates() {
        ScoreCalculationBenchmark benchmark = new ScoreCalculationBenchmark();
        benchmark.persons = 30;
        benchmark.setUp();
        try {
            var before = benchmark.calculateFromScratch();
            for (int i = 0; i < 500; i++) {
                assertThat(benchmark.evaluateChangeMove()).isNotNull();
            }
            assertThat(benchmark.calculateFromScratch()).isEqualTo(before);
        } finally {
            benchmark.tearDown();
        }
    }

    private List<Path> files(String name) throws IOException {
        try (Stream<Path> all = Files.walk(out)) {
            return all.filter(p -> p.getFileName().toString().equals(name)).toList();
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
