package nl.tegelijk.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.CapacityPressure;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.Planner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One what-if: the base plans under every seed, the pressures of the first, the variants (given, or one unit more at
 * each of the most pressed kinds of place), and every variant under every seed, {@code parallelism} plans at a time,
 * each with the same options. Capacity changes no assessment, so every plan uses the base assessments. Its own pool of
 * blocking plans rather than the engine's {@code SolverManager} ({@code planAsync}), whose jobs beyond half the
 * processors wait in line: every plan of a what-if gets the same budget and as many run at once as asked. Not
 * thread-safe; one per call.
 */
final class WhatIfRun {

    private static final Logger LOG = LoggerFactory.getLogger(WhatIfRun.class);

    private final Planner planner;
    private final Scenario scenario;
    private final List<Assessment> assessments;
    private final WhatIfRequest request;
    private final List<Long> seeds;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    WhatIfRun(Planner planner, Scenario scenario, List<Assessment> assessments, WhatIfRequest request) {
        this.planner = planner;
        this.scenario = scenario;
        this.assessments = assessments;
        this.request = request;
        long first = request.options().randomSeed();
        this.seeds = LongStream.range(first, first + request.seeds()).boxed().toList();
    }

    WhatIf run() {
        long started = System.nanoTime();
        int variantsPlanned = request.variants().isEmpty() ? request.candidates() : request.variants().size();
        total = seeds.size() * (1 + variantsPlanned);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(request.parallelism(), r -> {
            Thread t = new Thread(r, "tegelijk-whatif-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Planned> basePlans = planAll(pool, List.of(new Named("base", scenario)));
            List<PlanMetrics> base = basePlans.stream().map(Planned::metrics).toList();
            List<CapacityPressure> pressures = CapacityPressure.of(scenario, assessments, basePlans.get(0).plan());
            List<CapacityVariant> variants = request.variants().isEmpty() ? candidates(pressures)
                    : request.variants().stream().map(v -> resolve(v, pressures)).toList();
            total = seeds.size() * (1 + variants.size());
            List<Named> named = variants.stream()
                    .map(v -> new Named(v.name(), CapacityChange.applyAll(scenario, v.changes()))).toList();
            List<Planned> plans = planAll(pool, named);
            List<VariantOutcome> outcomes = new ArrayList<>();
            for (int v = 0; v < variants.size(); v++) {
                List<PlanMetrics> figures = plans.subList(v * seeds.size(), (v + 1) * seeds.size()).stream()
                        .map(Planned::metrics).toList();
                outcomes.add(new VariantOutcome(variants.get(v), base, figures));
            }
            List<VariantOutcome> ranked = outcomes.stream()
                    .sorted(Comparator.comparingDouble(VariantOutcome::weeksGainedPerUnit).reversed()).toList();
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("What-if of ({}) variants over ({}) seeds: ({}) plans in ({}) ms", variants.size(), seeds.size(),
                    total, millis);
            return new WhatIf(seeds, base, basePlans.get(0).plan(), pressures, ranked, millis);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One unit more at the most pressed place of each of the most pressed kinds that have pressure at all. */
    private List<CapacityVariant> candidates(List<CapacityPressure> pressures) {
        return pressures.stream().filter(p -> p.personWeeksWaitingAtFull() > 0).limit(request.candidates())
                .map(p -> new CapacityVariant(p.kind() + " (" + p.mostPressedPlace() + "):1",
                        List.of(new CapacityChange(p.mostPressedPlace(), 1))))
                .toList();
    }

    /**
     * The variant with every kind of place replaced by its most pressed place, or by its first capped place when no
     * track of the base is eligible for the kind.
     */
    private CapacityVariant resolve(CapacityVariant v, List<CapacityPressure> pressures) {
        List<CapacityChange> changes = v.changes().stream().map(c -> CapacityChange.isPlace(scenario, c.target()) ? c
                : new CapacityChange(pressures.stream().filter(p -> p.kind().equals(c.target())).findFirst()
                        .map(CapacityPressure::mostPressedPlace)
                        .orElseGet(() -> CapacityChange.placesOfKind(scenario, c.target()).get(0)), c.units()))
                .toList();
        if (changes.equals(v.changes())) {
            return v;
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            CapacityChange asked = v.changes().get(i);
            CapacityChange resolved = changes.get(i);
            names.add(asked.equals(resolved) ? asked.toString()
                    : asked.target() + " (" + resolved.target() + "):" + resolved.units());
        }
        return new CapacityVariant(v.name().equals(CapacityVariant.of(v.changes()).name()) ? String.join(" + ", names)
                : v.name(), changes);
    }

    /** Every scenario under every seed, in that order, solved concurrently. */
    private List<Planned> planAll(ExecutorService pool, List<Named> scenarios) {
        List<Future<Planned>> futures = new ArrayList<>();
        for (Named n : scenarios) {
            for (long seed : seeds) {
                futures.add(pool.submit(() -> plan(n, seed)));
            }
        }
        List<Planned> plans = new ArrayList<>();
        for (Future<Planned> f : futures) {
            try {
                plans.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("what-if interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r
                        : new IllegalStateException("a what-if plan failed", e.getCause());
            }
        }
        return plans;
    }

    private Planned plan(Named n, long seed) {
        long started = System.nanoTime();
        PlanOptions options = request.options().withRandomSeed(seed).withProgressListener(p -> { })
                .withExplainPerPerson(false);
        Plan plan = planner.plan(n.scenario(), assessments, options);
        PlanMetrics metrics = PlanMetrics.of(n.scenario(), assessments, plan);
        request.progress().accept(new WhatIfProgress(n.name(), seed, done.incrementAndGet(), total,
                (System.nanoTime() - started) / 1_000_000, metrics.meanWeeksToFullParticipation()));
        return new Planned(plan, metrics);
    }

    private record Planned(Plan plan, PlanMetrics metrics) {
    }

    private record Named(String name, Scenario scenario) {
    }
}
