package org.example.casesystem;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.validation.PlanViolation;
import nl.tegelijk.scenario.ScenarioReader;

/**
 * A case system's weekly planning run, using only what docs/EMBEDDING.md calls API: read the scenario the case files
 * give, assess every person, plan, check the plan and report the headline figures.
 */
public final class WeeklyPlanning {

    /** What one run gives the case system. */
    public record Week(List<Assessment> assessments, PlanState state, List<PlanViolation> violations,
                       PlanMetrics figures, long msFromJvmStartToAssessment) {
    }

    private WeeklyPlanning() {
    }

    /** {@code java -jar casesystem.jar [scenario.json]}; the default is the two-household example. */
    public static void main(String[] args) {
        print(run(Path.of(args.length > 0 ? args[0] : "tiny-scenario.json")), System.out);
    }

    static void print(Week week, PrintStream out) {
        PlanMetrics figures = week.figures();
        out.printf("assessed %d persons, %d ms after the JVM started%n", week.assessments().size(),
                week.msFromJvmStartToAssessment());
        out.printf("persons %d, fully planned %d, unplanned tracks %d, plan violations %d%n",
                figures.persons(), figures.personsFullyPlanned(), figures.unplanned(), week.violations().size());
        out.printf("mean weeks to full participation: %.1f%n", figures.meanWeeksToFullParticipation());
    }

    public static Week run(Path scenarioFile) {
        try (IntegrationEngine engine = IntegrationEngine.builder()
                .planOptions(PlanOptions.moves(20_000, 42))        // deterministic; use a time limit in production
                .build()) {
            Scenario scenario = ScenarioReader.read(scenarioFile).orElseThrow();
            List<Assessment> assessments = engine.assess(scenario);
            long assessed = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            Plan plan = engine.plan(scenario, assessments);
            PlanState state = new PlanState(scenario, assessments, plan);
            return new Week(assessments, state, engine.validate(state), engine.monitor(state), assessed);
        }
    }
}
