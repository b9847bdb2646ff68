package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioSummary;
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
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        Scenario loaded = ScenarioFiles.builtInOrFile(scenario, spec.commandLine().getErr());
        Path dir = outDir != null ? outDir : Path.of("tegelijk-output", ScenarioFiles.folderName(scenario));
        ScenarioSummary.of(loaded).render().forEach(w::println);
        PlanCommand.PlanRun run = PlanCommand.PlanRun.execute(loaded, options, w);
        Path shown = RunOutputs.write(dir, loaded, run, lang);
        w.println("Outputs written to " + shown + ": " + String.join(", ", RunOutputs.FILES));
        w.println("  plan page:      " + shown.resolve("plan.html"));
        w.println("  council report: " + shown.resolve("report.md") + " and " + shown.resolve("report.html"));
        w.println("  replan a week:  java -jar tegelijk.jar replan " + shown + " <changes.json> --as-of <Monday>");
        w.println("  explain one person: java -jar tegelijk.jar explain " + shown.resolve("plan.json") + " <personId>");
        return 0;
    }
}
