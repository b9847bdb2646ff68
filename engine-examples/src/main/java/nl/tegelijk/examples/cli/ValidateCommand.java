package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.tegelijk.scenario.ScenarioReadResult;
import nl.tegelijk.scenario.ScenarioSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate <scenario.json>}: every problem on its own line; a one-screen summary when the file is valid. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a scenario file and prints every problem, one per line, or a summary when it is valid.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<scenario.json>", description = "The scenario file.")
    private Path scenarioFile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ScenarioReadResult result = ScenarioFiles.read(scenarioFile, out);
        if (!result.isValid()) {
            out.println(result.errors().size() + " error(s), " + result.warnings().size() + " warning(s): "
                    + scenarioFile + " is not valid.");
            return TegelijkCommand.EXIT_INVALID_INPUT;
        }
        ScenarioSummary.of(result.scenario().orElseThrow()).render().forEach(out::println);
        out.println(result.warnings().size() + " warning(s): " + scenarioFile + " is valid.");
        return 0;
    }
}
