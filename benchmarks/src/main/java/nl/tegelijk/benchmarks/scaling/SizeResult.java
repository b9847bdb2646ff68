package nl.tegelijk.benchmarks.scaling;

import java.util.List;

/**
 * What {@link ScalingRun} measured for one generated dataset, in one fresh JVM. Immutable; written as one JSON line.
 *
 * @param persons persons in the dataset
 * @param tracks planning entities (tracks to plan)
 * @param setupMillis generating and assessing the dataset
 * @param buildMillis building the planning problem, greedy warm start included
 * @param firstFeasibleMillis from the start of the build to the first feasible best solution, -1 when none
 * @param movesPerSecond move-evaluation speed over the whole solve
 * @param peakHeapMib peak used heap (garbage included)
 * @param maxLiveHeapMib largest heap after a garbage collection
 * @param maxHeapMib the JVM's maximum heap
 * @param methods the headline figure per method
 */
public record SizeResult(int persons, int tracks, long setupMillis, long buildMillis, long firstFeasibleMillis,
                         long movesPerSecond, long peakHeapMib, long maxLiveHeapMib, long maxHeapMib,
                         List<MethodResult> methods) {

    public SizeResult {
        methods = List.copyOf(methods);
    }

    /**
     * The headline figure of one plan.
     *
     * @param method e.g. {@code optimised 30 s}, {@code greedy parallel}, {@code sequential}
     * @param meanWeeks mean weeks to full participation
     * @param p90Weeks 90th-percentile weeks to full participation
     * @param unplannedRequired required tracks left unplanned
     * @param violations hard rules broken according to the independent validator
     * @param score the plan's score
     */
    public record MethodResult(String method, double meanWeeks, int p90Weeks, long unplannedRequired,
                               int violations, String score) {
    }
}
