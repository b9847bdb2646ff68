package nl.tegelijk.benchmarks.score;

import java.util.Collection;
import nl.tegelijk.benchmarks.support.Usage;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ScoreCalculationBenchmark} in-process (3 × 4 s warm-up, 5 × 4 s measurement) and prints move
 * evaluations and full score calculations per second. See {@code benchmarks/README.md} for the command.
 */
public final class ScoreCalculationBenchmarkMain {
    private ScoreCalculationBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        if (Usage.helpRequestedOrNone(args, """
                Usage: java -Xmx2g -cp $CP nl.tegelijk.benchmarks.score.ScoreCalculationBenchmarkMain
                Runs the score-calculation benchmark on generated-2000 (JMH, 3 x 4 s warm-up, 5 x 4 s measurement;
                about 1.5 minutes) and prints move evaluations and full calculations per second. No options.""")) {
            return;
        }
        Options options = new OptionsBuilder().include(ScoreCalculationBenchmark.class.getSimpleName())
                .forks(0).warmupIterations(3).warmupTime(TimeValue.seconds(4))
                .measurementIterations(5).measurementTime(TimeValue.seconds(4)).build();
        Collection<RunResult> results = new Runner(options).run();
        for (RunResult r : results) {
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            System.out.printf("%s persons=%s seed=%d: %.0f ± %.0f per second%n", method,
                    r.getParams().getParam("persons"), ScoreCalculationBenchmark.SEED, r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError());
        }
    }
}
