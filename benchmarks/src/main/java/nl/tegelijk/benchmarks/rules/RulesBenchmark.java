package nl.tegelijk.benchmarks.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.rules.DroolsAssessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH benchmark of the national rules: the time to assess a generated population (seed 42) of 1,000 or 100,000
 * persons. Persons per second = population size / score. Run it with {@link RulesBenchmarkMain}; it never runs in
 * {@code mvn verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RulesBenchmark {
    static final long SEED = 42;
    static final LocalDate REFERENCE_DATE = LocalDate.of(2023, 6, 1);

    @Param({"1000", "100000"})
    public int persons;

    private Assessor assessor;
    private List<IntegralProfile> population;
    private AssessmentRequest request;
    private ExecutorService pool;

    @Setup
    public void setUp() {
        assessor = DroolsAssessor.national();
        population = Population.generate(persons, SEED, REFERENCE_DATE);
        request = AssessmentRequest.on(REFERENCE_DATE);
        pool = Executors.newFixedThreadPool(2);
    }

    @Benchmark
    public List<Assessment> assessPopulation() {
        return assessor.assess(population, request);
    }

    /** The same population in two halves on two threads, sharing one assessor (and one KieBase). */
    @Benchmark
    public List<Assessment> assessPopulationOnTwoThreads() throws Exception {
        int half = population.size() / 2;
        Future<List<Assessment>> first = pool.submit(() -> assessor.assess(population.subList(0, half), request));
        Future<List<Assessment>> second = pool.submit(() -> assessor.assess(population.subList(half,
                population.size()), request));
        List<Assessment> all = new ArrayList<>(first.get());
        all.addAll(second.get());
        return all;
    }

    @TearDown
    public void tearDown() {
        pool.shutdown();
    }
}
