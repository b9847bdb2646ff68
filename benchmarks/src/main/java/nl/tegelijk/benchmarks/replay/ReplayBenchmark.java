package nl.tegelijk.benchmarks.replay;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.benchmarks.support.Usage;
import nl.tegelijk.examples.generate.BuiltInScenarios;
import nl.tegelijk.examples.generate.ChangeGenerator;
import nl.tegelijk.examples.generate.WeeklyReplans;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.validation.PlanViolation;

/**
 * A simulated year in a municipality of Zaanstad's size: the built-in {@code zaanstad-2016} scenario (1,000 persons) is
 * planned once, then 52 weekly change batches ({@link ChangeGenerator}: arrivals, permits, a person leaving, dwellings
 * offered and falling through, courses cancelled and added, actual starts) are each replanned with a short time limit.
 * Prints per week the replan time, the started activities that moved (must be 0), the hard rules broken and the
 * headline figure; writes the same to a CSV file. Never asserts speed. See {@code benchmarks/README.md}.
 *
 * <p>Arguments, all optional, as {@code key=value}: {@code weeks} (52), {@code limitMs} (solver time limit per replan,
 * 2000), {@code initialSeconds} (first plan, 20), {@code seed} (1), {@code csv} ({@code target/replay.csv}).
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (Usage.helpRequested(args, """
                Usage: java -Xmx3g -cp $CP nl.tegelijk.benchmarks.replay.ReplayBenchmark [key=value ...]
                Plans zaanstad-2016, then replans a year of weekly change batches (about 3 minutes).
                  weeks=52           weekly batches to replay
                  limitMs=2000       solver time limit per replan
                  initialSeconds=20  solver time of the first plan
                  seed=1             random seed
                  csv=target/replay.csv""")) {
            return;
        }
        int weeks = Integer.parseInt(arg(args, "weeks", "52"));
        long limitMs = Long.parseLong(arg(args, "limitMs", "2000"));
        long initialSeconds = Long.parseLong(arg(args, "initialSeconds", "20"));
        long seed = Long.parseLong(arg(args, "seed", "1"));
        Path csv = Path.of(arg(args, "csv", "target/replay.csv"));

        Scenario scenario = BuiltInScenarios.byName(BuiltInScenarios.ZAANSTAD_2016);
        PlanOptions replanOptions = PlanOptions.defaults().withRandomSeed(seed)
                .withTimeLimit(Duration.ofMillis(limitMs))
                .withUnimprovedTimeLimit(Duration.ofMillis(limitMs / 2));
        try (IntegrationEngine engine = IntegrationEngine.builder().build();
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(csv))) {
            long started = System.nanoTime();
            List<Assessment> assessments = engine.assess(scenario);
            Plan plan = engine.plan(scenario, assessments, PlanOptions.defaults().withRandomSeed(seed)
                    .withTimeLimit(Duration.ofSeconds(initialSeconds)));
            PlanState state = new PlanState(scenario, assessments, plan);
            System.out.printf("Scenario %s: %d persons, first plan %s in %d ms, mean weeks to full participation "
                            + "%.2f%n", scenario.name(), scenario.persons().size(), plan.score().asText(),
                    (System.nanoTime() - started) / 1_000_000, engine.monitor(state).meanWeeksToFullParticipation());
            System.out.printf("Replanning %d weeks, solver limit %d ms, seed %d%n", weeks, limitMs, seed);
            System.out.println("week changes persons  ms    moved-started hard-broken moves  score                  "
                    + "mean-weeks");
            out.println("week,changes,persons,replan_ms,started_moved,hard_broken,moves,score,mean_weeks_full,"
                    + "limit_ms,seed");
            ChangeGenerator generator = new ChangeGenerator(BuiltInScenarios.settings2016(), 400);
            long[] worst = {0};
            int[] movedTotal = {0};
            WeeklyReplans.run(engine, state, generator, seed, weeks, replanOptions, w -> {
                PlanState next = w.replan().state();
                // One check: the plan's hard rules and the past (the STARTED_* codes, docs/PLANNING.md).
                List<PlanViolation> found = engine.validate(w.before(), w.replan());
                int moved = (int) found.stream().filter(v -> v.code().isAboutThePast()).count();
                int broken = found.size() - moved;
                PlanMetrics metrics = engine.monitor(next);
                System.out.printf("%4d %7d %7d %5d %13d %11d %6d  %-22s %.2f%n", w.week(), w.batch().size(),
                        next.scenario().persons().size(), w.replanMillis(), moved, broken, w.replan().moves().size(),
                        next.plan().score().asText(), metrics.meanWeeksToFullParticipation());
                out.printf(java.util.Locale.ROOT, "%d,%d,%d,%d,%d,%d,%d,%s,%.3f,%d,%d%n", w.week(), w.batch().size(),
                        next.scenario().persons().size(), w.replanMillis(), moved, broken, w.replan().moves().size(),
                        next.plan().score().asText(), metrics.meanWeeksToFullParticipation(), limitMs, seed);
                worst[0] = Math.max(worst[0], w.replanMillis());
                movedTotal[0] += moved;
            });
            System.out.printf("Slowest replan %d ms; started activities moved in total: %d; CSV: %s%n", worst[0],
                    movedTotal[0], csv.toAbsolutePath());
        }
    }

    private static String arg(String[] args, String key, String fallback) {
        for (String a : args) {
            if (a.startsWith(key + "=")) {
                return a.substring(key.length() + 1);
            }
        }
        return fallback;
    }
}
