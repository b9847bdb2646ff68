package nl.tegelijk.api;

import org.junit.jupiter.api.Timeout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.PlanningJob;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.validation.ViolationCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the facade promises an integrator beyond planning itself: assessments that must be the scenario's, options
 * checked when they are made, validation of plans and replans, and a final {@code close()} that leaves no thread
 * behind.
 */
// Runs the solver: a hang fails the test instead of the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class FacadeContractTest {

    private static final PlanOptions OPTIONS = PlanOptions.moves(2_000, 5);
    private static IntegrationEngine engine;
    private static Scenario scenario;
    private static List<Assessment> assessments;
    private static Plan plan;

    @BeforeAll
    static void planOnce() {
        engine = IntegrationEngine.builder().assessor(new TableAssessor()).planOptions(OPTIONS).build();
        scenario = ReplanFixture.scenario();
        assessments = engine.assess(scenario);
        plan = engine.plan(scenario, assessments);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void assessmentsThatMissPersonsOrHoldStrangersAreRejectedNamingThem() {
        List<Assessment> some = assessments.subList(0, 2);
        List<Assessment> withStranger = new ArrayList<>(assessments);
        Assessment a = assessments.get(0);
        withStranger.add(new Assessment("X-404", a.dutyDate(), a.referenceDate(), a.applicationDate(), a.regime(),
                a.duty(), a.route(), a.targetLevel(), a.requirements(), a.deadlines(), a.tracks(), a.weeklyHoursLimit(),
                a.measures(), a.justifications()));

        assertThatThrownBy(() -> engine.plan(scenario, some)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 person(s) of the scenario without an assessment (b1, s1, c1)");
        assertThatThrownBy(() -> engine.planAsync(scenario, withStranger, OPTIONS, p -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 assessment(s) of persons not in the scenario (X-404)");
        assertThatThrownBy(() -> new PlanState(scenario, some, plan)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("without an assessment");
    }

    @Test
    void planOptionsAreCheckedWhenMadeInTegelijksWords() {
        PlanOptions defaults = PlanOptions.defaults();

        assertThatThrownBy(() -> defaults.withTimeLimit(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeLimit (PT-1S) must be positive. Maybe use withoutTimeLimit().");
        assertThatThrownBy(() -> defaults.withUnimprovedTimeLimit(Duration.ZERO))
                .hasMessageStartingWith("unimprovedTimeLimit (PT0S) must be positive");
        assertThatThrownBy(() -> defaults.withBestScoreLimit("-100"))
                .hasMessage("bestScoreLimit (-100) must be a score such as 0hard/0medium/-100soft");
        assertThatThrownBy(() -> defaults.withMoveCountLimit(-1)).hasMessageStartingWith("moveCountLimit (-1) must not "
                + "be negative");
        assertThatThrownBy(() -> defaults.withValueRange(0, 3))
                .hasMessage("startWeeksPerResource (0) must be positive");
        assertThat(defaults.withoutTimeLimit().timeLimit()).isEmpty();
    }

    @Test
    void theFacadeValidatesPlansAndReplansWithTheIndependentValidator() {
        PlanState state = new PlanState(scenario, assessments, plan);
        TrackPlacement first = plan.tracks().stream().filter(t -> t.startWeek() < 10).findFirst().orElseThrow();
        List<TrackPlacement> moved = plan.tracks().stream().map(t -> t == first ? new TrackPlacement(t.personId(),
                t.track(), t.resourceId(), t.startWeek() + 1, t.startDate().plusWeeks(1), t.endWeek() + 1,
                t.hoursPerWeek(), t.ruleId()) : t).toList();
        Plan shifted = new Plan(plan.scenarioName(), plan.planStart(), plan.horizonWeeks(), plan.method(),
                plan.housing(), moved, plan.unplanned(), plan.score(), plan.explanation(), List.of());
        Replan brokenPast = new Replan(new PlanState(scenario, assessments, shifted), 20, List.of());

        assertThat(engine.validate(state)).isEmpty();
        assertThat(engine.validate(state, brokenPast)).anySatisfy(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.STARTED_ACTIVITY_MOVED);
            assertThat(v.subjectId()).isEqualTo(first.personId());
        });
    }

    @Test
    void closeIsFinalAndLeavesNoThreadBehind() throws Exception {
        Set<Thread> before = liveNonDaemonThreads();
        IntegrationEngine closing = IntegrationEngine.builder().assessor(new TableAssessor()).planOptions(OPTIONS)
                .build();
        PlanningJob job = closing.planAsync(scenario, assessments, PlanOptions.moves(50_000_000, 3), p -> { });
        awaitSolverThread();
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("tegelijk-solver-"))
                .allSatisfy(t -> assertThat(t.isDaemon()).isTrue());

        closing.close();
        closing.close();
        job.result().handle((p, e) -> p).get(30, TimeUnit.SECONDS);

        PlanState state = new PlanState(scenario, assessments, plan);
        List<Consumer<IntegrationEngine>> calls = List.of(e -> e.assess(scenario), e -> e.plan(scenario, assessments),
                e -> e.planAsync(scenario, assessments, OPTIONS, p -> { }),
                e -> e.replan(state, List.of(), scenario.planStart().plusWeeks(1), OPTIONS),
                e -> e.explain(state, "a1", java.util.Locale.ENGLISH), e -> e.monitor(state), e -> e.councilFigures(state), e -> e.validate(state),
                e -> e.planSequential(scenario, assessments),
                e -> e.whatIf(scenario, assessments, WhatIfRequest.builder().options(OPTIONS).build()));
        calls.forEach(call -> assertThatThrownBy(() -> call.accept(closing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!before.containsAll(liveNonDaemonThreads()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(liveNonDaemonThreads()).as("non-daemon threads left by a closed engine").isSubsetOf(before);
    }

    private static void awaitSolverThread() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("tegelijk-solver-"))
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }
}
