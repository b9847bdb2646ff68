package nl.tegelijk.benchmarks.rules;

import java.util.Collection;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.benchmarks.support.Spread;
import nl.tegelijk.rules.DroolsAssessor;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.slf4j.LoggerFactory;

/**
 * Prints the KieBase start-up time (first assessor in a fresh JVM, the logging backend started before) and runs
 * {@link RulesBenchmark}, printing persons per second for each population size with the spread over forks and the load
 * average. See {@code benchmarks/README.md} for the command.
 */
public final class RulesBenchmarkMain {
    private static final String USAGE = """
            Usage: RulesBenchmarkMain [forks=3] [--help]
              Prints the KieBase start-up time, then runs the rules benchmark (JMH) on populations of 1,000 and
              100,000 persons (seed %d, reference date %s), on one and on two threads, in `forks` fresh JVMs
              (5 x 6 s warm-up, 3 x 5 s measurement each). Prints ms per population, persons/s (median of the
              measurements, with their minimum and maximum) and the load average. About 3 minutes per fork.
            """.formatted(RulesBenchmark.SEED, RulesBenchmark.REFERENCE_DATE);

    /**
     * Warm-up of 5 x 6 s: an assessment of 100,000 persons takes about 2 s, and a JVM compiles most of the rules' code
     * during its first five (benchmarks/README, "Rules (JMH)"); 3 x 3 s measured the 100,000 persons still warming up.
     */
    private static final int WARMUP_ITERATIONS = 5;
    private static final int WARMUP_SECONDS = 6;

    private RulesBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        int forks = 3;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.print(USAGE);
                return;
            } else if (arg.startsWith("forks=")) {
                forks = Integer.parseInt(arg.substring("forks=".length()));
            } else {
                System.err.print("Unknown argument (" + arg + ").\n" + USAGE);
                System.exit(2);
            }
        }
        // The logging backend (Logback here, the embedding application's own elsewhere) starts with the first logger,
        // about half a second on this machine: started before the clock, as an application has it running already.
        long loggingStart = System.nanoTime();
        LoggerFactory.getLogger(RulesBenchmarkMain.class).debug("Logging started");
        long loggingReady = System.nanoTime();
        long start = System.nanoTime();
        DroolsAssessor assessor = DroolsAssessor.national();
        long ready = System.nanoTime();
        assessor.assess(Population.generate(1, RulesBenchmark.SEED, RulesBenchmark.REFERENCE_DATE),
                AssessmentRequest.on(RulesBenchmark.REFERENCE_DATE));
        long first = System.nanoTime();
        System.out.printf("KieBase ready in %d ms; first assessment after %d ms (logging backend started before, in %d"
                        + " ms); load average %.2f%n", (ready - start) / 1_000_000, (first - start) / 1_000_000,
                (loggingReady - loggingStart) / 1_000_000, Spread.loadAverage());

        Options options = new OptionsBuilder().include(RulesBenchmark.class.getSimpleName())
                .forks(forks).warmupIterations(WARMUP_ITERATIONS).warmupTime(TimeValue.seconds(WARMUP_SECONDS))
                .measurementIterations(3).measurementTime(TimeValue.seconds(5)).build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult r : results) {
            int persons = Integer.parseInt(r.getParams().getParam("persons"));
            var stats = r.getPrimaryResult().getStatistics();
            double median = stats.getPercentile(50);
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            System.out.printf("%s persons=%d seed=%d forks=%d: median %.1f ms per population (%.1f-%.1f), "
                            + "%.0f persons/s (%.0f-%.0f)%n", method, persons, RulesBenchmark.SEED, forks, median,
                    stats.getMin(), stats.getMax(), persons / (median / 1000.0), persons / (stats.getMax() / 1000.0),
                    persons / (stats.getMin() / 1000.0));
        }
        System.out.printf("load average at the end %.2f%n", Spread.loadAverage());
    }
}
