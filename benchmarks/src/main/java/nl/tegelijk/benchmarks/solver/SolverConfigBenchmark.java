package nl.tegelijk.benchmarks.solver;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.tegelijk.benchmarks.support.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Compares {@link SolverConfigurations} with Timefold's benchmarker and writes its HTML report (best score over
 * time, move-evaluation speed, winner per dataset). Two benchmarks in one run: the small datasets with every
 * configuration, cold (the construction heuristic plans every track, so its variants differ), and the large dataset
 * with a few configurations, warm-started from the greedy-parallel plan as the planner does (a cold construction
 * heuristic at 20,000 persons alone takes minutes). Prints where each report went and a table of the best scores.
 */
@Command(name = "solver-configs", mixinStandardHelpOptions = true,
        description = "Timefold benchmarker: solver configurations side by side, HTML report.")
public final class SolverConfigBenchmark implements Callable<Integer> {

    @Option(names = "--datasets", split = ",", description = "Small datasets, cold (default: ${DEFAULT-VALUE}).",
            defaultValue = "generated-200,generated-2000,zaanstad-2016")
    List<String> datasets;

    @Option(names = "--seconds", description = "Solver time per configuration and small dataset "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "25")
    long seconds;

    @Option(names = "--large-datasets", split = ",", description = "Large datasets, greedy warm start; 'none' for "
            + "none (default: ${DEFAULT-VALUE}).", defaultValue = "generated-20000")
    List<String> largeDatasets;

    @Option(names = "--large-seconds", description = "Solver time per configuration on a large dataset "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "60")
    long largeSeconds;

    @Option(names = "--large-configs", split = ",", description = "Configurations run on the large datasets "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "default,late-acceptance-2000,tabu-search")
    List<String> largeConfigs;

    @Option(names = "--configs", split = ",", description = "Configurations run on the small datasets "
            + "(default: all).")
    List<String> configs;

    @Option(names = "--warm-up", description = "Warm-up seconds before the small benchmark (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    long warmUpSeconds;

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "benchmarks/target/results/solver-configs")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SolverConfigBenchmark()).execute(args));
    }

    @Override
    public Integer call() {
        Map<String, SolverConfig> small = configs == null ? SolverConfigurations.all()
                : SolverConfigurations.named(configs);
        List<File> reports = new ArrayList<>();
        reports.add(run("small", small, datasets, false, seconds, warmUpSeconds));
        List<String> large = largeDatasets.stream().filter(d -> !d.equals("none")).toList();
        if (!large.isEmpty()) {
            reports.add(run("large", SolverConfigurations.named(largeConfigs), large, true, largeSeconds, 0));
        }
        for (File benchmarkDirectory : reports) {
            Path report = BenchmarkResultSummary.newestReport(benchmarkDirectory.toPath());
            Table table = BenchmarkResultSummary.table(report);
            System.out.println();
            System.out.println("Best score per dataset and configuration (" + benchmarkDirectory.getName() + "):");
            table.lines().forEach(System.out::println);
            table.writeCsv(report.resolve("best-scores.csv"));
            System.out.println("HTML report: " + report.resolve("index.html").toAbsolutePath());
        }
        return 0;
    }

    private File run(String name, Map<String, SolverConfig> solverConfigs, List<String> datasetNames, boolean greedy,
                     long limitSeconds, long warmUp) {
        Path folder = out.toAbsolutePath().resolve(name);
        List<File> markers = datasetNames.stream()
                .map(d -> DatasetFileIO.marker(folder.resolve("datasets"), d, greedy)).toList();
        List<SolverBenchmarkConfig> benchmarks = new ArrayList<>();
        solverConfigs.forEach((configName, config) -> benchmarks.add(new SolverBenchmarkConfig()
                .withName(configName)
                .withSolverConfig(config.withEnvironmentMode(EnvironmentMode.REPRODUCIBLE).withRandomSeed(0L)
                        .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(limitSeconds)))
                .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                        .withSolutionFileIOClass(DatasetFileIO.class)
                        .withInputSolutionFileList(markers)
                        .withProblemStatisticTypeList(List.of(ProblemStatisticType.BEST_SCORE,
                                ProblemStatisticType.MOVE_EVALUATION_SPEED, ProblemStatisticType.MEMORY_USE)))));
        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig()
                .withName("Tegelijk solver configurations (" + name + " datasets)")
                .withBenchmarkDirectory(folder.toFile())
                .withParallelBenchmarkCount("1")
                .withWarmUpSecondsSpentLimit(warmUp)
                .withSolverBenchmarkConfigList(benchmarks);
        System.out.printf("Benchmarking %d configurations on %s (%s), %d s each...%n", solverConfigs.size(),
                datasetNames, greedy ? "greedy warm start" : "cold", limitSeconds);
        return PlannerBenchmarkFactory.create(config).buildPlannerBenchmark().benchmark();
    }
}
