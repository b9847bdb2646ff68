package nl.tegelijk.benchmarks.rules;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.benchmarks.support.Spread;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.rules.DroolsAssessor;

/**
 * Persons assessed per CPU-second of the assessing thread ({@code ThreadMXBean.getCurrentThreadCpuTime()}): less
 * sensitive than wall time to other processes on a shared machine, so fit to compare two versions of the rules.
 * Population of {@code persons} (seed 42, reference date 2023-06-01), {@code warmup} rounds, then the median, minimum
 * and maximum of {@code rounds} rounds, the bytes the thread allocated per person in the last round (a figure the load does not change),
 * and the load average before and after. Usage:
 * {@code RulesCpuTime [persons=10000] [warmup=3] [rounds=8]}.
 */
public final class RulesCpuTime {
    private RulesCpuTime() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].startsWith("-")) {
            System.out.println("Usage: RulesCpuTime [persons=10000] [warmup=3] [rounds=8]");
            return;
        }
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<IntegralProfile> population = Population.generate(persons, RulesBenchmark.SEED,
                RulesBenchmark.REFERENCE_DATE);
        AssessmentRequest request = AssessmentRequest.on(RulesBenchmark.REFERENCE_DATE);
        DroolsAssessor assessor = DroolsAssessor.national();
        double loadBefore = Spread.loadAverage();
        double[] perSecond = new double[rounds];
        long allocated = 0;
        for (int i = -warmup; i < rounds; i++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long cpu = threads.getCurrentThreadCpuTime();
            assessor.assess(population, request);
            long used = threads.getCurrentThreadCpuTime() - cpu;
            allocated = threads.getCurrentThreadAllocatedBytes() - bytes;
            if (i >= 0) {
                perSecond[i] = persons / (used / 1e9);
            }
        }
        Arrays.sort(perSecond);
        System.out.printf("persons=%d rounds=%d: median %.0f persons per CPU-second (%.0f-%.0f); %.1f KB allocated per"
                        + " person; load average %.2f before, %.2f after%n", persons, rounds, perSecond[rounds / 2],
                perSecond[0], perSecond[rounds - 1], allocated / 1024.0 / persons, loadBefore, Spread.loadAverage());
    }
}
