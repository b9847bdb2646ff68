package nl.tegelijk.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.api.WhatIf;
import nl.tegelijk.examples.report.WhatIfSection;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.examples.report.CouncilReport;
import nl.tegelijk.examples.report.PlanPage;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioWriter;

/** The files {@code run} and {@code replan} write into their output folder. */
final class RunOutputs {

    /** The data files, in the order written; the plan page and council report follow. */
    static final List<String> FILES = List.of("scenario.json", "assessments.json", "plan.json", "state.json",
            "plan.csv", "plan-sequential.json", "plan-greedy-parallel.json", "quota-checks.json", "summary.txt");

    private RunOutputs() {
    }

    /**
     * Writes every output of {@code run} into {@code dir}: the scenario, assessments, plan and the three together as
     * {@code state.json} (what {@code replan} reads next week), the baselines, the quota checks, the summary, the plan
     * page and the council report.
     *
     * @return the folder, absolute
     */
    static Path write(Path dir, Scenario scenario, PlanCommand.PlanRun run, Language lang) {
        return write(dir, scenario, run, lang, run.councilReport(lang.english()), Optional.empty());
    }

    /**
     * As {@link #write(Path, Scenario, PlanCommand.PlanRun, Language)} for the base plan of a capacity what-if, plus
     * {@code whatif.md} and {@code whatif.csv}; the plan page and the council report get the what-if's section.
     */
    static Path writeWithWhatIf(Path dir, Scenario scenario, PlanCommand.PlanRun run, Language lang, WhatIf whatIf) {
        OutputFiles.write(dir.resolve("whatif.md"), WhatIfSection.markdown(whatIf, scenario.name(), lang.english()));
        OutputFiles.write(dir.resolve("whatif.csv"), WhatIfSection.csv(whatIf));
        return write(dir, scenario, run, lang, run.councilReport(lang.english()).withWhatIf(whatIf),
                Optional.of(whatIf));
    }

    /**
     * As {@link #write(Path, Scenario, PlanCommand.PlanRun, Language)} for a plan replanned up to {@code asOf}: the
     * council report says that the baselines beside it have no past.
     */
    static Path writeReplanned(Path dir, Scenario scenario, PlanCommand.PlanRun run, Language lang, LocalDate asOf) {
        return write(dir, scenario, run, lang, run.replannedReport(asOf, lang.english()), Optional.empty());
    }

    private static Path write(Path dir, Scenario scenario, PlanCommand.PlanRun run, Language lang,
                              CouncilReport report, Optional<WhatIf> whatIf) {
        try {
            ObjectWriter json = TegelijkJson.writer();
            OutputFiles.write(dir.resolve("scenario.json"), ScenarioWriter.toJson(scenario));
            OutputFiles.write(dir.resolve("assessments.json"), json.writeValueAsString(run.assessments()));
            OutputFiles.write(dir.resolve("plan.json"), json.writeValueAsString(run.plan()));
            OutputFiles.write(dir.resolve("state.json"), json.writeValueAsString(new PlanState(scenario,
                    run.assessments(), run.plan())));
            OutputFiles.write(dir.resolve("plan.csv"), PlanCsv.render(run.plan()));
            OutputFiles.write(dir.resolve("plan-sequential.json"), json.writeValueAsString(run.sequential()));
            OutputFiles.write(dir.resolve("plan-greedy-parallel.json"), json.writeValueAsString(run.greedy()));
            OutputFiles.write(dir.resolve("quota-checks.json"), json.writeValueAsString(run.quotaChecks()));
            OutputFiles.write(dir.resolve("summary.txt"), String.join(System.lineSeparator(),
                    PlanSummaryTable.render(run.metrics())) + System.lineSeparator());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan could not be written as JSON", e);
        }
        OutputFiles.write(dir.resolve("plan.html"), PlanPage.render(scenario, run.assessments(), run.plan(),
                run.allMetrics(), run.quotaChecks(), lang.english(), whatIf));
        OutputFiles.write(dir.resolve("report.md"), report.markdown());
        OutputFiles.write(dir.resolve("report.html"), report.html());
        return dir.toAbsolutePath().normalize();
    }
}
