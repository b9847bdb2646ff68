package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.examples.report.PlanPage;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.Planner;
import nl.tegelijk.planning.baseline.GreedyParallelPlanner;
import nl.tegelijk.planning.baseline.SequentialPlanner;
import nl.tegelijk.planning.metrics.PlanMetrics;
import nl.tegelijk.planning.validation.PlanValidator;
import nl.tegelijk.planning.validation.PlanViolation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan <scenario.json> --time-limit 30s --out plan.json}: assess, plan all tracks at the same time, validate,
 * and compare with the sequential and greedy-parallel baselines.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plans housing, language, education and work for everyone in a scenario at the same time.")
final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<scenario.json>", description = "The scenario file.")
    private Path scenarioFile;

    @Mixin
    private PlanningOptions options;

    @Option(names = "--out", description = "Where to write the plan JSON (default: not written).")
    private Path out;

    @Option(names = "--html", paramLabel = "<file>", description = "Where to write the plan page (default: not written).")
    private Path html;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws com.fasterxml.jackson.core.JsonProcessingException {
        PrintWriter w = spec.commandLine().getOut();
        Scenario scenario = ScenarioFiles.load(scenarioFile, spec.commandLine().getErr());
        PlanRun run = PlanRun.execute(scenario, options, w);
        if (out != null) {
            OutputFiles.write(out, TegelijkJson.writer().writeValueAsString(run.plan()));
            w.println("Wrote the plan to " + out);
        }
        if (html != null) {
            OutputFiles.write(html, PlanPage.render(scenario, run.assessments(), run.plans()));
            w.println("Wrote the plan page to " + html);
        }
        return 0;
    }

    /** One planning run: assessments, the optimised plan, both baselines and their metrics. */
    record PlanRun(List<Assessment> assessments, Plan plan, Plan sequential, Plan greedy,
                   Map<String, PlanMetrics> metrics) {

        /** The optimised plan, then the greedy-parallel and the sequential baseline, by label. */
        Map<String, Plan> plans() {
            Map<String, Plan> plans = new LinkedHashMap<>();
            plans.put("optimised", plan);
            plans.put("greedy parallel", greedy);
            plans.put("sequential", sequential);
            return plans;
        }

        static PlanRun execute(Scenario scenario, PlanningOptions options, PrintWriter w) {
            List<Assessment> assessments = PlanningOptions.assessor(options.localPolicy)
                    .assess(IntakeMerger.merge(scenario), AssessmentRequest.on(scenario.planStart()));
            w.println("Assessed " + assessments.size() + " persons; planning " + options.planningFor() + "...");
            ProgressLine progress = new ProgressLine(w);
            Plan plan = Planner.create().plan(scenario, assessments,
                    options.planOptions().withProgressListener(progress::update));
            progress.finish();
            List<PlanViolation> violations = PlanValidator.validate(scenario, assessments, plan);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("the plan breaks " + violations.size() + " hard rule(s), first: "
                        + violations.get(0) + ". Maybe report this as a bug with the scenario attached.");
            }
            Plan sequential = SequentialPlanner.plan(scenario, assessments);
            Plan greedy = GreedyParallelPlanner.plan(scenario, assessments);
            Map<String, PlanMetrics> metrics = new LinkedHashMap<>();
            metrics.put("optimised", PlanMetrics.of(scenario, assessments, plan));
            metrics.put("greedy parallel", PlanMetrics.of(scenario, assessments, greedy));
            metrics.put("sequential", PlanMetrics.of(scenario, assessments, sequential));
            w.println("Score " + plan.score().asText() + "; the independent validator found no broken hard rule.");
            PlanSummaryTable.render(metrics).forEach(w::println);
            PlanSummaryTable.constraints(plan.explanation()).forEach(w::println);
            return new PlanRun(assessments, plan, sequential, greedy, metrics);
        }
    }
}
