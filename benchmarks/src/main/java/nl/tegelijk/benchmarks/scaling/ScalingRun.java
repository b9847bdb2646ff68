package nl.tegelijk.benchmarks.scaling;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.tegelijk.benchmarks.support.Dataset;
import nl.tegelijk.benchmarks.support.Headline;
import nl.tegelijk.benchmarks.support.OptimisedSolve;
import nl.tegelijk.benchmarks.support.Usage;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.baseline.GreedyParallelPlanner;
import nl.tegelijk.planning.baseline.SequentialPlanner;

/**
 * Measures one dataset size in this (fresh) JVM for {@link ScalingBenchmark}: generate and assess, solve as the
 * planner does with the best plan kept at each checkpoint, then both baselines; prints one line
 * {@value #PREFIX}{@code <json>} with a {@link SizeResult}. Arguments: persons, then checkpoint seconds separated by
 * commas (e.g. {@code 2000 30,120}).
 */
public final class ScalingRun {

    /** The prefix of the result line on standard output. */
    public static final String PREFIX = "SCALING-RESULT ";

    private ScalingRun() {
    }

    public static void main(String[] args) throws Exception {
        if (Usage.helpRequested(args, """
                Usage: java -Xmx4g -cp $CP nl.tegelijk.benchmarks.scaling.ScalingRun <persons> <checkpoint-seconds>
                One size of the scaling benchmark in this JVM (ScalingBenchmark starts it), e.g. 2000 30,120;
                prints one JSON line of figures.""")) {
            return;
        }
        if (args.length != 2) {
            throw new IllegalArgumentException("arguments (" + Arrays.toString(args)
                    + ") must be: persons checkpoint-seconds, e.g. 2000 30,120");
        }
        int persons = Integer.parseInt(args[0]);
        List<Duration> checkpoints = Arrays.stream(args[1].split(",")).map(s -> Duration.ofSeconds(Long.parseLong(s)))
                .sorted().toList();
        System.out.println(PREFIX + TegelijkJson.writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(measure(persons, checkpoints)));
    }

    static SizeResult measure(int persons, List<Duration> checkpoints) {
        HeapWatch heap = HeapWatch.start();
        long started = System.nanoTime();
        Dataset dataset = Dataset.generated(persons);
        long setupMillis = (System.nanoTime() - started) / 1_000_000;
        OptimisedSolve.Result solved = OptimisedSolve.run(dataset, checkpoints);
        long peak = heap.peakUsedMib();
        long live = heap.maxLiveMib();
        List<SizeResult.MethodResult> methods = new ArrayList<>();
        for (Map.Entry<Duration, Plan> e : new TreeMap<>(solved.plans()).entrySet()) {
            methods.add(figure("optimised " + e.getKey().toSeconds() + " s", dataset, e.getValue()));
        }
        methods.add(figure("greedy parallel", dataset,
                GreedyParallelPlanner.plan(dataset.scenario(), dataset.assessments())));
        methods.add(figure("sequential", dataset, SequentialPlanner.plan(dataset.scenario(), dataset.assessments())));
        return new SizeResult(dataset.persons(), solved.tracks(), setupMillis, solved.buildMillis(),
                solved.firstFeasibleMillis(), solved.moveEvaluationSpeed(), peak, live,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20, methods);
    }

    private static SizeResult.MethodResult figure(String method, Dataset dataset, Plan plan) {
        Headline h = Headline.of(method, 0, dataset, plan);
        return new SizeResult.MethodResult(method, h.metrics().meanWeeksToFullParticipation(),
                h.metrics().p90WeeksToFullParticipation(), h.unplannedRequired(), h.violations(), h.score().asText());
    }
}
