package nl.tegelijk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.examples.generate.GeneratorSettings;
import nl.tegelijk.examples.generate.ScenarioGenerator;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.Planner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One shared {@link Assessor} and one shared {@link Planner} serve eight threads at once: each thread's assessments
 * and plan equal those of the same work done alone. Planning stops on a move count, so the result does not depend on
 * the clock or on how the threads are scheduled.
 */
class ConcurrentPipelineTest {

    private static final int THREADS = 8;
    private static final long MOVES = 1_000;

    private static final Assessor ASSESSOR = AssessorProvider.load().create(List.of());
    private static final Planner PLANNER = Planner.create();

    /** One unit of work: a scenario and the seed it is planned with. */
    private record Job(Scenario scenario, long seed) {
    }

    /** What one unit of work gives. */
    private record Outcome(List<Assessment> assessments, Plan plan) {
    }

    private static List<Job> jobs() {
        return IntStream.range(0, THREADS)
                .mapToObj(i -> new Job(ScenarioGenerator.generate(GeneratorSettings.of(10 + 2 * i, 100 + i)), i))
                .toList();
    }

    private static Outcome run(Job job) {
        List<Assessment> assessments = ASSESSOR.assess(IntakeMerger.merge(job.scenario()),
                AssessmentRequest.on(job.scenario().planStart()));
        Plan plan = PLANNER.plan(job.scenario(), assessments, PlanOptions.moves(MOVES, job.seed()));
        return new Outcome(assessments, plan);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eightThreadsSharingOneAssessorAndOnePlannerGetTheResultsOfRunningOneByOne() throws Exception {
        List<Job> jobs = jobs();
        List<Outcome> oneByOne = jobs.stream().map(ConcurrentPipelineTest::run).toList();

        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Outcome> concurrent = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Job job : jobs) {
                Callable<Outcome> task = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return run(job);
                };
                futures.add(pool.submit(task));
            }
            for (Future<Outcome> future : futures) {
                concurrent.add(future.get(100, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        for (int i = 0; i < THREADS; i++) {
            Outcome alone = oneByOne.get(i);
            Outcome together = concurrent.get(i);
            assertThat(alone.assessments()).as("scenario %s has persons", i).isNotEmpty();
            assertThat(alone.plan().tracks()).as("scenario %s has planned tracks", i).isNotEmpty();
            assertThat(together.assessments()).as("assessments of scenario %s", i).isEqualTo(alone.assessments());
            assertThat(together.plan()).as("plan of scenario %s", i).isEqualTo(alone.plan());
        }
    }
}
