package nl.tegelijk.examples.embedding;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.tegelijk.api.Change;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.PersonExplanation;
import nl.tegelijk.api.PlanMove;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.api.Replan;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.examples.generate.BuiltInScenarios;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.validation.PlanValidator;
import org.junit.jupiter.api.Test;

/** The example of {@code docs/EMBEDDING.md}, compiled and run: keep the two in step. */
// Runs the solver: a hang fails the test instead of the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EmbeddingExampleTest {

    @Test
    void theEmbeddingExampleAssessesPlansReplansExplainsAndMonitors() {
        // --- docs/EMBEDDING.md, "A complete example" ---
        // Once, at start-up: the national rules come from engine-rules through ServiceLoader.
        try (IntegrationEngine engine = IntegrationEngine.builder()
                .planOptions(PlanOptions.moves(20_000, 42))        // deterministic; use a time limit in production
                .build()) {

            Scenario scenario = BuiltInScenarios.byName("tutorial"); // or ScenarioReader.read(path).orElseThrow()
            List<Assessment> assessments = engine.assess(scenario);
            Plan plan = engine.plan(scenario, assessments);
            PlanState state = new PlanState(scenario, assessments, plan);

            // A week later: a dwelling falls through and someone moves away.
            LocalDate asOf = scenario.planStart().plusWeeks(1);
            String dwelling = plan.housing().stream().filter(h -> h.moveInWeek() > 1).findFirst().orElseThrow()
                    .dwellingId();
            String leaver = plan.tracks().get(0).personId();
            Replan replan = engine.replan(state, List.of(
                    new Change.DwellingWithdrawn(dwelling, asOf),
                    new Change.PersonLeaves(leaver, Change.LeaveReason.MOVED_AWAY, asOf.plusDays(2))),
                    asOf, PlanOptions.moves(20_000, 42));
            for (PlanMove move : replan.moves()) {
                System.out.printf("%s %s: %s -> %s (%s)%n", move.subjectId(), move.track(),
                        move.from().map(PlanMove.Slot::toString).orElse("-"),
                        move.to().map(PlanMove.Slot::toString).orElse("-"), move.reason());
            }
            state = replan.state();

            PersonExplanation why = engine.explain(state, state.scenario().persons().get(0).id(), Locale.ENGLISH);
            why.whyNotEarlier().forEach(System.out::println);
            PlanMetrics figures = engine.monitor(state);
            PlanMetrics sequential = engine.monitor(new PlanState(state.scenario(), state.assessments(),
                    engine.planSequential(state.scenario(), state.assessments())));
            System.out.printf("mean weeks to full participation: %.1f (sequential policy: %.1f)%n",
                    figures.meanWeeksToFullParticipation(), sequential.meanWeeksToFullParticipation());
            // --- end of the example ---

            assertThat(PlanValidator.validate(state.scenario(), state.assessments(), state.plan())).isEmpty();
            assertThat(PlanValidator.validateReplan(plan, state.scenario(), state.assessments(), state.plan(),
                    replan.asOfWeek())).isEmpty();
            assertThat(replan.moves()).anySatisfy(m -> assertThat(m.reason())
                    .isEqualTo(PlanMove.Reason.RESOURCE_WITHDRAWN));
            assertThat(state.scenario().persons()).noneMatch(p -> p.id().equals(leaver));
            assertThat(figures.persons()).isPositive();
        }
    }
}
