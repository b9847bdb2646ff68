package nl.tegelijk.benchmarks.baseline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.benchmarks.support.Dataset;
import nl.tegelijk.benchmarks.support.Headline;
import nl.tegelijk.benchmarks.support.OptimisedSolve;
import nl.tegelijk.benchmarks.support.Table;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.baseline.GreedyParallelPlanner;
import nl.tegelijk.planning.baseline.SequentialPlanner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The sequential policy, the greedy-parallel baseline and the optimised plan side by side on the same datasets, each
 * plan checked by the independent validator: a table of the headline figure (mean and 90th-percentile weeks to full
 * participation, waiting per track, unplanned) with ratios to the sequential policy, printed and written as CSV.
 * The baselines are single greedy passes that finish far within the optimiser's time limit; their time is printed.
 */
@Command(name = "baselines", mixinStandardHelpOptions = true,
        description = "Sequential, greedy parallel and optimised plans side by side.")
public final class BaselineComparison implements Callable<Integer> {

    @Option(names = "--datasets", split = ",", description = "Datasets (default: ${DEFAULT-VALUE}).",
            defaultValue = "zaanstad-2016,generated-2000")
    List<String> datasets;

    @Option(names = "--seconds", description = "Time limit of every method (default: ${DEFAULT-VALUE}).",
            defaultValue = "60")
    long seconds;

    @Option(names = "--out", description = "Output folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "benchmarks/target/results/baselines")
    Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BaselineComparison()).execute(args));
    }

    @Override
    public Integer call() {
        Table table = new Table(List.of("dataset", "method", "seconds", "violations", "mean weeks", "mean/seq",
                "p90 weeks", "p90/seq", "every need weeks", "every need/seq", "first activity weeks",
                "first activity/seq", "idle weeks first year", "wait housing", "wait language", "wait education", "wait work",
                "unplanned", "unplanned required", "persons fully planned"));
        for (String name : datasets) {
            Dataset dataset = Dataset.byName(name);
            System.out.printf("%s: %d persons; sequential, greedy parallel, then optimising for %d s...%n", name,
                    dataset.persons(), seconds);
            List<Headline> headlines = compare(dataset, Duration.ofSeconds(seconds));
            Headline sequential = headlines.get(0);
            for (Headline h : headlines) {
                table.add(row(name, h, sequential));
            }
        }
        System.out.println();
        System.out.printf("Headline figures per method; time limit %d s; ratios to the sequential policy:%n",
                seconds);
        table.lines().forEach(System.out::println);
        Path csv = out.toAbsolutePath().resolve("baselines.csv");
        table.writeCsv(csv);
        System.out.println("Wrote " + csv);
        return 0;
    }

    /** Sequential, greedy parallel and optimised, in that order. */
    static List<Headline> compare(Dataset dataset, Duration limit) {
        List<Headline> headlines = new ArrayList<>();
        long started = System.nanoTime();
        Plan sequential = SequentialPlanner.plan(dataset.scenario(), dataset.assessments());
        headlines.add(Headline.of("sequential", millisSince(started), dataset, sequential));
        started = System.nanoTime();
        Plan greedy = GreedyParallelPlanner.plan(dataset.scenario(), dataset.assessments());
        headlines.add(Headline.of("greedy parallel", millisSince(started), dataset, greedy));
        started = System.nanoTime();
        OptimisedSolve.Result result = OptimisedSolve.run(dataset, List.of(limit));
        headlines.add(Headline.of("optimised", millisSince(started), dataset, result.plans().get(limit)));
        return headlines;
    }

    private static List<String> row(String dataset, Headline h, Headline sequential) {
        double mean = h.metrics().meanWeeksToFullParticipation();
        int p90 = h.metrics().p90WeeksToFullParticipation();
        return List.of(dataset, h.method(), String.format("%.1f", h.millis() / 1000.0),
                String.valueOf(h.violations()), String.format("%.1f", mean),
                Headline.ratio(mean, sequential.metrics().meanWeeksToFullParticipation()), String.valueOf(p90),
                Headline.ratio(p90, sequential.metrics().p90WeeksToFullParticipation()),
                String.format("%.1f", h.metrics().weeksToFullParticipationEveryNeed().mean()),
                Headline.ratio(h.metrics().weeksToFullParticipationEveryNeed().mean(),
                        sequential.metrics().weeksToFullParticipationEveryNeed().mean()),
                String.format("%.1f", h.metrics().weeksToFirstActivity().mean()),
                Headline.ratio(h.metrics().weeksToFirstActivity().mean(),
                        sequential.metrics().weeksToFirstActivity().mean()),
                String.format("%.1f", h.metrics().idleWeeksInFirstYear().mean()),
                String.format("%.1f", h.waiting(TrackKind.HOUSING)), String.format("%.1f", h.waiting(TrackKind.LANGUAGE)),
                String.format("%.1f", h.waiting(TrackKind.EDUCATION)), String.format("%.1f", h.waiting(TrackKind.WORK)),
                String.valueOf(h.unplanned()), String.valueOf(h.unplannedRequired()),
                h.metrics().personsFullyPlanned() + "/" + h.metrics().persons());
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
