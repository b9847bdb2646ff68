package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.examples.report.CouncilReport;
import nl.tegelijk.examples.report.PlanPage;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.CouncilFigures;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.Plan;
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

    @Option(names = "--lang", defaultValue = "nl", description = "Language of the plan page: nl or en "
            + "(default: ${DEFAULT-VALUE}).")
    private Language lang;

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
            OutputFiles.write(html, PlanPage.render(scenario, run.assessments(), run.plan(), run.allMetrics(),
                    run.quotaChecks(), lang.english(), Optional.empty()));
            w.println("Wrote the plan page to " + html);
        }
        return 0;
    }

    /**
     * One planning run through the facade: assessments, the optimised plan, both baselines and their figures, the
     * council report's figures of the optimised plan, and the scenario's housing quotas checked against the law
     * ({@code checkQuotas}, HV-FORMULA-01: one check per quota that states its figures).
     */
    record PlanRun(List<Assessment> assessments, Plan plan, Plan sequential, Plan greedy,
                   Map<String, PlanMetrics> metrics, CouncilFigures council, List<QuotaCheck> quotaChecks) {

        /** The council report of this run, with the quota the law gives beside the given one. */
        CouncilReport councilReport(boolean english) {
            return CouncilReport.of(council, baselineMetrics(), english).withQuotaChecks(quotaChecks);
        }

        /** The council report of this run replanned up to {@code asOf} (see {@link CouncilReport#replanned}). */
        CouncilReport replannedReport(LocalDate asOf, boolean english) {
            return CouncilReport.replanned(council, baselineMetrics(), asOf, english).withQuotaChecks(quotaChecks);
        }

        /** The figures of the greedy-parallel and the sequential baseline. */
        List<PlanMetrics> baselineMetrics() {
            return List.of(metrics.get("greedy parallel"), metrics.get("sequential"));
        }

        /** The figures of the optimised plan, then of the greedy-parallel and the sequential baseline. */
        List<PlanMetrics> allMetrics() {
            return List.copyOf(metrics.values());
        }

        static PlanRun execute(Scenario scenario, PlanningOptions options, PrintWriter w) {
            try (IntegrationEngine engine = options.engine()) {
                List<Assessment> assessments = engine.assess(scenario);
                w.println("Assessed " + assessments.size() + " persons; planning " + options.planningFor() + "...");
                ProgressLine progress = new ProgressLine(w);
                Plan plan = engine.plan(scenario, assessments,
                        options.planOptions().withProgressListener(progress::update));
                progress.finish(plan.score());
                PlanState optimised = new PlanState(scenario, assessments, plan);
                List<PlanViolation> violations = engine.validate(optimised);
                if (!violations.isEmpty()) {
                    throw new IllegalStateException("the plan breaks " + violations.size() + " hard rule(s), first: "
                            + violations.get(0) + ". Maybe report this as a bug with the scenario attached.");
                }
                w.println("Score " + plan.score().asText() + "; the independent validator found no broken hard rule.");
                return of(engine, optimised, w);
            }
        }

        /** The baselines and figures beside a plan already made (and validated), printed as a table. */
        static PlanRun of(IntegrationEngine engine, PlanState optimised, PrintWriter w) {
            Scenario scenario = optimised.scenario();
            List<Assessment> assessments = optimised.assessments();
            Plan sequential = engine.planSequential(scenario, assessments);
            Plan greedy = engine.planGreedyParallel(scenario, assessments);
            Map<String, PlanMetrics> metrics = new LinkedHashMap<>();
            metrics.put("optimised", engine.monitor(optimised));
            metrics.put("greedy parallel", engine.monitor(new PlanState(scenario, assessments, greedy)));
            metrics.put("sequential", engine.monitor(new PlanState(scenario, assessments, sequential)));
            PlanSummaryTable.render(metrics).forEach(w::println);
            PlanSummaryTable.constraints(optimised.plan().explanation()).forEach(w::println);
            return new PlanRun(assessments, optimised.plan(), sequential, greedy, metrics,
                    engine.councilFigures(optimised), engine.checkQuotas(scenario));
        }
    }
}
