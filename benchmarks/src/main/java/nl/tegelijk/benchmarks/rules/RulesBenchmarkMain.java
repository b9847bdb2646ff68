package nl.tegelijk.benchmarks.rules;

import nl.tegelijk.benchmarks.support.Usage;
import java.util.Collection;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.rules.DroolsAssessor;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Prints the KieBase start-up time (first assessor in a fresh JVM) and runs {@link RulesBenchmark}, printing persons
 * per second for each population size. See {@code benchmarks/README.md} for the command.
 */
public final class RulesBenchmarkMain {
    private RulesBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        if (Usage.helpRequestedOrNone(args, """
                Usage: java -Xmx4g -cp $CP nl.tegelijk.benchmarks.rules.RulesBenchmarkMain
                Prints the KieBase start-up time, then runs the rules benchmark (JMH, 3 x 4 s warm-up, 5 x 4 s
                measurement per case; about 3 minutes) and prints persons assessed per second. No options.""")) {
            return;
        }
        long start = System.nanoTime();
        DroolsAssessor assessor = DroolsAssessor.national();
        long ready = System.nanoTime();
        assessor.assess(Population.generate(1, RulesBenchmark.SEED, RulesBenchmark.REFERENCE_DATE),
                AssessmentRequest.on(RulesBenchmark.REFERENCE_DATE));
        long first = System.nanoTime();
        System.out.printf("KieBase ready in %d ms; first assessment after %d ms%n", (ready - start) / 1_000_000,
                (first - start) / 1_000_000);

        Options options = new OptionsBuilder().include(RulesBenchmark.class.getSimpleName())
                .forks(0).warmupIterations(3).warmupTime(TimeValue.seconds(4))
                .measurementIterations(5).measurementTime(TimeValue.seconds(4)).build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult r : results) {
            int persons = Integer.parseInt(r.getParams().getParam("persons"));
            double ms = r.getPrimaryResult().getScore();
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            System.out.printf("%s persons=%d seed=%d: %.1f ms per population, %.0f persons/s%n", method, persons,
                    RulesBenchmark.SEED, ms, persons / (ms / 1000.0));
        }
    }
}
