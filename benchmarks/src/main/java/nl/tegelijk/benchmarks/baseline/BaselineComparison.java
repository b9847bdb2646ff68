package nl.tegelijk.benchmarks.baseline;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import nl.tegelijk.benchmarks.solver.SolverConfigurations;
import nl.tegelijk.benchmarks.support.Dataset;
import nl.tegelijk.benchmarks.support.Headline;
import nl.tegelijk.benchmarks.support.OptimisedSolve;
import nl.tegelijk.benchmarks.support.Spread;
import nl.tegelijk.benchmarks.support.SvgBarChart;
import nl.tegelijk.benchmarks.support.Table;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.baseline.GreedyParallelPlanner;
import nl.tegelijk.planning.baseline.SequentialPlanner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The statistics summary: the sequential policy, the greedy-parallel baseline and the optimised plan side by side on
 * the same datasets, the optimised plan at several solver times (its anytime curve) and over several seeds. Every
 * plan is checked by the independent validator. One command writes one summary table, {@code summary.md} and
 * {@code summary.csv} (per dataset, method and time: the median and range over the seeds of each headline figure, and
 * the every-need figure as a ratio to the sequential policy), every run in {@code runs.csv}, the anytime curve as
 * {@code anytime.svg}, and the load average before and after. The baselines are deterministic single passes: one run
 * each.
 */
@Command(name = "baselines", mixinStandardHelpOptions = true,
        description = "Sequential, greedy parallel and optimised plans side by side: median and range over seeds, "
                + "the optimised plan at several solver times.")
public final class BaselineComparison implements Callable<Integer> {

    @Option(names = "--datasets", split = ",", description = "Datasets (default: ${DEFAULT-VALUE}).",
            defaultValue = "zaanstad-2016,generated-2000")
    List<String> datasets;

    @Option(names = "--seconds", split = ",", description = "Solver times of the optimised plan, in seconds, all from "
            + "one solve per seed (default: ${DEFAULT-VALUE}).", defaultValue = "5,15,30,60,120,300")
    List<Long> seconds;

    @Option(names = "--seeds", split = ",", description = "Solver seeds of the optimised plan (default: "
            + "${DEFAULT-VALUE}).", defaultValue = "1,2,3,4,5")
    List<Long> seeds;

    @Option(names = "--config", description = "Solver configuration of the optimised plan, a name of "
            + "SolverConfigurations (default: ${DEFAULT-VALUE}, the planner's own for the dataset's size).",
            defaultValue = "default")
    String config;

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "benchmarks/target/results/baselines")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BaselineComparison()).execute(args));
    }

    @Override
    public Integer call() {
        double loadBefore = Spread.loadAverage();
        LocalDateTime started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        List<Duration> checkpoints = seconds.stream().sorted().map(Duration::ofSeconds).toList();
        Table summary = new Table(List.of("dataset", "method", "seconds", "runs", "violations", "mean weeks required",
                "every need weeks", "every need/seq", "first activity weeks", "idle weeks first year", "unplanned",
                "medium score", "soft score"));
        Table runs = new Table(List.of("dataset", "method", "seconds", "seed", "violations", "mean weeks required",
                "every need weeks", "first activity weeks", "idle weeks first year", "unplanned", "medium score",
                "soft score"));
        Map<String, List<Double>> curve = new LinkedHashMap<>();
        for (String name : datasets) {
            Dataset dataset = Dataset.byName(name);
            System.out.printf("%s: %d persons; sequential, greedy parallel, then optimising %d seeds for %d s each...%n",
                    name, dataset.persons(), seeds.size(), checkpoints.get(checkpoints.size() - 1).toSeconds());
            Measured sequential = Measured.once(dataset, "sequential",
                    () -> SequentialPlanner.plan(dataset.scenario(), dataset.assessments()));
            Measured greedy = Measured.once(dataset, "greedy parallel",
                    () -> GreedyParallelPlanner.plan(dataset.scenario(), dataset.assessments()));
            Map<Duration, List<Headline>> optimised = new LinkedHashMap<>();
            checkpoints.forEach(c -> optimised.put(c, new ArrayList<>()));
            for (long seed : seeds) {
                OptimisedSolve.Result result = config.equals(SolverConfigurations.DEFAULT)
                        ? OptimisedSolve.run(dataset, checkpoints, seed)
                        : OptimisedSolve.run(dataset, checkpoints, SolverConfigurations.named(List.of(config))
                                .get(config).withEnvironmentMode(EnvironmentMode.REPRODUCIBLE).withRandomSeed(seed));
                checkpoints.forEach(c -> optimised.get(c).add(
                        Headline.of("optimised", c.toMillis(), dataset, result.plans().get(c))));
                System.out.printf("  seed %d done (load %.1f)%n", seed, Spread.loadAverage());
            }
            double reference = sequential.headlines().get(0).metrics().weeksToFullParticipationEveryNeed().mean();
            for (Measured m : List.of(sequential, greedy)) {
                summary.add(m.summaryRow(name, "-", reference));
                runs.add(m.runRow(name, "-", "-", m.headlines().get(0)));
            }
            List<Double> medians = new ArrayList<>();
            for (Duration c : checkpoints) {
                Measured m = new Measured("optimised", optimised.get(c));
                summary.add(m.summaryRow(name, String.valueOf(c.toSeconds()), reference));
                for (int i = 0; i < seeds.size(); i++) {
                    runs.add(m.runRow(name, String.valueOf(c.toSeconds()), String.valueOf(seeds.get(i)),
                            m.headlines().get(i)));
                }
                medians.add(m.spread(h -> h.metrics().weeksToFullParticipationEveryNeed().mean()).median());
            }
            curve.put(name, medians);
        }
        double loadAfter = Spread.loadAverage();
        Path dir = out.toAbsolutePath();
        System.out.println();
        summary.lines().forEach(System.out::println);
        System.out.printf("load average %.2f before, %.2f after%n", loadBefore, loadAfter);
        summary.writeCsv(dir.resolve("summary.csv"));
        runs.writeCsv(dir.resolve("runs.csv"));
        SvgBarChart.write(dir.resolve("anytime.svg"), "Optimised plan: weeks until every need is met, by solver time",
                "mean weeks (median of " + seeds.size() + " seeds)",
                checkpoints.stream().map(c -> c.toSeconds() + " s").toList(), curve);
        writeMarkdown(dir.resolve("summary.md"), summary, started, loadBefore, loadAfter);
        System.out.println("Wrote " + dir.resolve("summary.md") + ", summary.csv, runs.csv and anytime.svg");
        return 0;
    }

    private void writeMarkdown(Path file, Table summary, LocalDateTime started, double loadBefore, double loadAfter) {
        List<String> lines = new ArrayList<>();
        lines.add("# Baselines and the optimised plan over seeds and solver time");
        lines.add("");
        lines.add(("Started %s; datasets %s; solver configuration %s; seeds %s; solver times %s s; load average %.2f "
                + "before, %.2f after.").formatted(started, String.join(", ", datasets), config, seeds, seconds,
                loadBefore, loadAfter));
        lines.add("Each optimised cell is the median over the seeds with the range in parentheses; the baselines are "
                + "deterministic (one run). `every need/seq` is the median's ratio to the sequential policy.");
        lines.add("");
        List<List<String>> rows = new ArrayList<>();
        rows.add(summary.header());
        rows.addAll(summary.rows());
        for (int i = 0; i < rows.size(); i++) {
            lines.add("| " + String.join(" | ", rows.get(i)) + " |");
            if (i == 0) {
                lines.add("|" + "---|".repeat(rows.get(0).size()));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the summary (" + file + ")", e);
        }
    }

    /** The headlines of one method on one dataset, one per run. */
    private record Measured(String method, List<Headline> headlines) {

        static Measured once(Dataset dataset, String method, java.util.function.Supplier<Plan> planner) {
            long started = System.nanoTime();
            Plan plan = planner.get();
            return new Measured(method, List.of(Headline.of(method, (System.nanoTime() - started) / 1_000_000,
                    dataset, plan)));
        }

        Spread spread(ToDoubleFunction<Headline> figure) {
            return Spread.of(headlines.stream().map(h -> figure.applyAsDouble(h)).toList());
        }

        List<String> summaryRow(String dataset, String seconds, double everyNeedReference) {
            Spread everyNeed = spread(h -> h.metrics().weeksToFullParticipationEveryNeed().mean());
            return List.of(dataset, method, seconds, String.valueOf(headlines.size()),
                    spread(Headline::violations).format(0),
                    spread(h -> h.metrics().meanWeeksToFullParticipation()).format(1), everyNeed.format(1),
                    Headline.ratio(everyNeed.median(), everyNeedReference),
                    spread(h -> h.metrics().weeksToFirstActivity().mean()).format(1),
                    spread(h -> h.metrics().idleWeeksInFirstYear().mean()).format(1),
                    spread(Headline::unplanned).format(0), spread(Headline::medium).format(0),
                    spread(Headline::soft).format(0));
        }

        List<String> runRow(String dataset, String seconds, String seed, Headline h) {
            return List.of(dataset, method, seconds, seed, String.valueOf(h.violations()),
                    String.format(Locale.ROOT, "%.2f", h.metrics().meanWeeksToFullParticipation()),
                    String.format(Locale.ROOT, "%.2f", h.metrics().weeksToFullParticipationEveryNeed().mean()),
                    String.format(Locale.ROOT, "%.2f", h.metrics().weeksToFirstActivity().mean()),
                    String.format(Locale.ROOT, "%.2f", h.metrics().idleWeeksInFirstYear().mean()),
                    String.valueOf(h.unplanned()), String.valueOf(h.medium()), String.valueOf(h.soft()));
        }
    }
}
