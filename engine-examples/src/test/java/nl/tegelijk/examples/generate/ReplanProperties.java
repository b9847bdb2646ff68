package nl.tegelijk.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import nl.tegelijk.api.Change;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.api.Replan;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.PlanOptions;

/**
 * Replanning under random weekly change batches (real rules, a small generated scenario): whatever arrives, leaves,
 * is granted or withdrawn, what has started never moves, and nothing new starts in the past.
 */
class ReplanProperties {

    private static final PlanOptions OPTIONS = PlanOptions.moves(3_000, 11);
    private static final GeneratorSettings SETTINGS = GeneratorSettings.of(40, 5);
    private static IntegrationEngine engine;
    private static PlanState initial;

    @BeforeContainer
    static void planOnce() {
        engine = IntegrationEngine.builder().planOptions(OPTIONS).build();
        Scenario scenario = ScenarioGenerator.generate(SETTINGS);
        var assessments = engine.assess(scenario);
        initial = new PlanState(scenario, assessments, engine.plan(scenario, assessments));
    }

    @AfterContainer
    static void close() {
        engine.close();
    }

    @Property(seed = "20261201", tries = 15)
    void startedActivitiesNeverMoveUnderTwoRandomWeeklyBatches(@ForAll long seed,
                                                               @ForAll @IntRange(min = 1, max = 40) int firstWeek) {
        SplittableRandom random = new SplittableRandom(seed);
        ChangeGenerator changes = new ChangeGenerator(SETTINGS, 30);
        PlanState state = initial;
        for (int week = firstWeek; week < firstWeek + 2; week++) {
            LocalDate asOf = state.scenario().planStart().plusWeeks(week);
            List<Change> batch = changes.week(state, asOf, week, random);
            Replan replan = engine.replan(state, batch, asOf, OPTIONS);
            Statistics.label("batch").collect(batch.size() > 6 ? "large batch" : "small batch");

            // The past as the batch reported it (missed starts, courses left early) stays where it was.
            assertThat(engine.validate(state, replan)).filteredOn(v -> v.code().isAboutThePast()).isEmpty();
            PlanState before = state;
            int asOfWeek = week;
            assertThat(replan.state().plan().tracks()).filteredOn(t -> t.startWeek() < asOfWeek)
                    .allSatisfy(t -> assertThat(before.plan().tracks()).contains(t));
            Statistics.label("past week").collect(batch.stream().anyMatch(c -> c instanceof Change.StartMissed
                    || c instanceof Change.LeftEarly) ? "reported missed or left early" : "as planned");
            Statistics.label("past week").coverage(c -> c.check("reported missed or left early").count(n -> n > 0));
            state = replan.state();
        }
    }
}
