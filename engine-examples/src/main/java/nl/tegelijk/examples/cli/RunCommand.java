package nl.tegelijk.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.tegelijk.examples.generate.BuiltInScenarios;
import nl.tegelijk.examples.report.CouncilReport;
import nl.tegelijk.examples.report.PlanPage;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.CouncilFigures;
import nl.tegelijk.scenario.ScenarioSummary;
import nl.tegelijk.scenario.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code run <scenario>}: the whole pipeline on a built-in scenario or a scenario file — validate, assess, plan,
 * compare with the baselines — with every output written into one folder.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs the whole pipeline (validate, assess, plan, compare) on a built-in scenario "
                + "(zaanstad-2016, zaanstad-2025, tutorial) or a scenario file, and writes every output into a folder.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<scenario>", description = "A built-in scenario name or a scenario file.")
    private String scenario;

    @Mixin
    private PlanningOptions options;

    @Option(names = "--lang", defaultValue = "nl", description = "Language of the plan page and the council report: "
            + "nl or en (default: ${DEFAULT-VALUE}).")
    private Language lang;

    @Option(names = "--out-dir", description = "Output folder (default: tegelijk-output/<scenario>).")
    private Path outDir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter w = spec.commandLine().getOut();
        Scenario loaded = load(w);
        Path dir = outDir != null ? outDir : Path.of("tegelijk-output", folderName(loaded));
        ScenarioSummary.of(loaded).render().forEach(w::println);
        PlanCommand.PlanRun run = PlanCommand.PlanRun.execute(loaded, options, w);
        var mapper = TegelijkJson.mapper();
        OutputFiles.write(dir.resolve("scenario.json"), ScenarioWriter.toJson(loaded));
        OutputFiles.write(dir.resolve("assessments.json"), mapper.writeValueAsString(run.assessments()));
        OutputFiles.write(dir.resolve("plan.json"), mapper.writeValueAsString(run.plan()));
        OutputFiles.write(dir.resolve("plan-sequential.json"), mapper.writeValueAsString(run.sequential()));
        OutputFiles.write(dir.resolve("plan-greedy-parallel.json"), mapper.writeValueAsString(run.greedy()));
        OutputFiles.write(dir.resolve("plan.csv"), PlanCsv.render(run.plan()));
        OutputFiles.write(dir.resolve("summary.txt"), String.join(System.lineSeparator(),
                PlanSummaryTable.render(run.metrics())) + System.lineSeparator());
        OutputFiles.write(dir.resolve("plan.html"), PlanPage.render(loaded, run.assessments(), run.plans(),
                lang.english()));
        CouncilReport report = CouncilReport.of(CouncilFigures.of(loaded, run.assessments(), run.plan()),
                run.baselineMetrics(), lang.english());
        OutputFiles.write(dir.resolve("report.md"), report.markdown());
        OutputFiles.write(dir.resolve("report.html"), report.html());
        Path shown = dir.toAbsolutePath().normalize();
        w.println("Outputs written to " + shown + ": scenario.json, assessments.json, "
                + "plan.json, plan.csv, plan-sequential.json, plan-greedy-parallel.json, summary.txt");
        w.println("  plan page:      " + shown.resolve("plan.html"));
        w.println("  council report: " + shown.resolve("report.md") + " and " + shown.resolve("report.html"));
        w.println("  explain one person: java -jar tegelijk.jar explain " + shown.resolve("plan.json") + " <personId>");
        return 0;
    }

    private Scenario load(PrintWriter w) {
        if (BuiltInScenarios.names().contains(scenario)) {
            return BuiltInScenarios.byName(scenario);
        }
        Path file = Path.of(scenario);
        if (!Files.exists(file)) {
            throw new UserInputException("'" + scenario + "' is neither a built-in scenario ("
                    + String.join(", ", BuiltInScenarios.names()) + ") nor an existing file");
        }
        return ScenarioFiles.load(file, spec.commandLine().getErr());
    }

    private String folderName(Scenario s) {
        return BuiltInScenarios.names().contains(scenario) ? scenario
                : Path.of(scenario).getFileName().toString().replaceFirst("\\.json$", "");
    }
}
