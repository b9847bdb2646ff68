package nl.tegelijk.benchmarks.scaling;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.tegelijk.benchmarks.support.SvgBarChart;
import nl.tegelijk.benchmarks.support.Table;
import nl.tegelijk.json.TegelijkJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How the planner scales with the number of persons: for each generated size, in a fresh JVM ({@link ScalingRun}),
 * the time to the first feasible plan, the move-evaluation speed, the peak heap and the headline figure after each
 * checkpoint, beside both baselines. Prints two tables, writes them as CSV and draws SVG charts.
 */
@Command(name = "scaling", mixinStandardHelpOptions = true,
        description = "Time to first feasible plan, moves/s, peak heap and headline figure per dataset size.")
public final class ScalingBenchmark implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", description = "Persons per generated dataset (default: ${DEFAULT-VALUE}).",
            defaultValue = "200,2000,20000")
    List<Integer> sizes;

    @Option(names = "--with-50k", description = "Also measure 50,000 persons (adds about 5 minutes).")
    boolean with50k;

    @Option(names = "--checkpoints", split = ",", description = "Solver seconds after which the best plan is "
            + "measured; the solve runs until the last (default: ${DEFAULT-VALUE}).", defaultValue = "30,120")
    List<Long> checkpoints;

    @Option(names = "--heap", description = "Maximum heap of each measuring JVM (default: ${DEFAULT-VALUE}).",
            defaultValue = "4g")
    String heap;

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "benchmarks/target/results/scaling")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScalingBenchmark()).execute(args));
    }

    @Override
    public Integer call() {
        List<Integer> all = new ArrayList<>(sizes);
        if (with50k && !all.contains(50_000)) {
            all.add(50_000);
        }
        List<SizeResult> results = new ArrayList<>();
        for (int persons : all) {
            System.out.printf("%d persons: measuring in a fresh JVM (-Xmx%s), checkpoints %s s...%n", persons, heap,
                    checkpoints);
            results.add(measureInFreshJvm(persons));
        }
        Path folder = out.toAbsolutePath();
        Table speed = speedTable(results);
        Table headline = headlineTable(results);
        System.out.println();
        System.out.println("Speed and memory per size (the planner's default: greedy warm start, then Timefold):");
        speed.lines().forEach(System.out::println);
        System.out.println();
        System.out.println("Headline figure per size and method (mean and p90 weeks to full participation):");
        headline.lines().forEach(System.out::println);
        speed.writeCsv(folder.resolve("scaling-speed.csv"));
        headline.writeCsv(folder.resolve("scaling-headline.csv"));
        charts(folder, results);
        System.out.println("Wrote the tables (CSV) and charts (SVG) to " + folder);
        return 0;
    }

    private SizeResult measureInFreshJvm(int persons) {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                ScalingRun.class.getName(), String.valueOf(persons),
                checkpoints.stream().map(String::valueOf).collect(Collectors.joining(",")));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            SizeResult result = null;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith(ScalingRun.PREFIX)) {
                        result = TegelijkJson.mapper().readValue(line.substring(ScalingRun.PREFIX.length()),
                                SizeResult.class);
                    } else {
                        System.out.println("  " + line);
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0 || result == null) {
                throw new IllegalStateException("the measuring JVM for (" + persons + ") persons ended with exit code ("
                        + exit + ") and " + (result == null ? "no" : "a") + " result; see its output above");
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the measuring JVM for (" + persons + ") persons", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring (" + persons + ") persons", e);
        }
    }

    private static Table speedTable(List<SizeResult> results) {
        Table table = new Table(List.of("persons", "tracks", "setup s", "build s", "first feasible s", "moves/s",
                "peak heap MiB", "max live heap MiB", "max heap MiB"));
        for (SizeResult r : results) {
            table.add(List.of(String.valueOf(r.persons()), String.valueOf(r.tracks()), seconds(r.setupMillis()),
                    seconds(r.buildMillis()), r.firstFeasibleMillis() < 0 ? "none" : seconds(r.firstFeasibleMillis()),
                    String.valueOf(r.movesPerSecond()), String.valueOf(r.peakHeapMib()),
                    String.valueOf(r.maxLiveHeapMib()), String.valueOf(r.maxHeapMib())));
        }
        return table;
    }

    private static Table headlineTable(List<SizeResult> results) {
        Table table = new Table(List.of("persons", "method", "mean weeks", "mean/seq", "p90 weeks", "p90/seq",
                "unplanned required", "violations", "score"));
        for (SizeResult r : results) {
            SizeResult.MethodResult sequential = r.methods().stream().filter(m -> m.method().equals("sequential"))
                    .findFirst().orElseThrow();
            for (SizeResult.MethodResult m : r.methods()) {
                table.add(List.of(String.valueOf(r.persons()), m.method(), String.format("%.1f", m.meanWeeks()),
                        ratio(m.meanWeeks(), sequential.meanWeeks()), String.valueOf(m.p90Weeks()),
                        ratio(m.p90Weeks(), sequential.p90Weeks()), String.valueOf(m.unplannedRequired()),
                        String.valueOf(m.violations()), m.score()));
            }
        }
        return table;
    }

    private static void charts(Path folder, List<SizeResult> results) {
        List<String> categories = results.stream().map(r -> String.format("%,d persons", r.persons())).toList();
        Map<String, List<Double>> weeks = new LinkedHashMap<>();
        for (SizeResult r : results) {
            for (SizeResult.MethodResult m : r.methods()) {
                weeks.computeIfAbsent(m.method(), k -> new ArrayList<>());
            }
        }
        weeks.forEach((method, values) -> results.forEach(r -> values.add(r.methods().stream()
                .filter(m -> m.method().equals(method)).mapToDouble(SizeResult.MethodResult::meanWeeks).findFirst()
                .orElse(Double.NaN))));
        SvgBarChart.write(folder.resolve("scaling-mean-weeks.svg"), "Mean weeks to full participation",
                "weeks", categories, weeks);
        SvgBarChart.write(folder.resolve("scaling-first-feasible.svg"), "Time to first feasible plan", "seconds",
                categories, Map.of("first feasible (s)", results.stream().map(r -> r.firstFeasibleMillis() < 0
                        ? Double.NaN : r.firstFeasibleMillis() / 1000.0).toList()));
        Map<String, List<Double>> heapSeries = new LinkedHashMap<>();
        heapSeries.put("peak heap (MiB)", results.stream().map(r -> (double) r.peakHeapMib()).toList());
        heapSeries.put("max live heap (MiB)", results.stream().map(r -> (double) r.maxLiveHeapMib()).toList());
        SvgBarChart.write(folder.resolve("scaling-heap.svg"), "Heap per dataset size", "MiB", categories, heapSeries);
    }

    private static String seconds(long millis) {
        return String.format("%.1f", millis / 1000.0);
    }

    private static String ratio(double value, double reference) {
        return reference == 0 ? "-" : String.format("%.2f", value / reference);
    }
}
