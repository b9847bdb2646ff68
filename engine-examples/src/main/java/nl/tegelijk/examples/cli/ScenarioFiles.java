package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tegelijk.examples.generate.BuiltInScenarios;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioProblem;
import nl.tegelijk.scenario.ScenarioReadResult;
import nl.tegelijk.scenario.ScenarioReader;

/** Loads a scenario file for a command: problems one per line, and one clear error when it cannot be used. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** Reads and validates the file; prints every problem to {@code out}; never throws on user data. */
    static ScenarioReadResult read(Path file, PrintWriter out) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("scenario file not found: " + file);
        }
        ScenarioReadResult result = ScenarioReader.read(file);
        result.problems().stream()
                .sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
                .map(ScenarioProblem::describe)
                .forEach(out::println);
        return result;
    }

    /** The valid scenario in the file, or a {@link UserInputException} that counts its errors. */
    static Scenario load(Path file, PrintWriter err) {
        ScenarioReadResult result = read(file, err);
        if (!result.isValid()) {
            throw new UserInputException("scenario " + file + " has " + result.errors().size()
                    + " error(s), listed above; nothing was loaded");
        }
        return result.scenario().orElseThrow();
    }

    /** The built-in scenario of that name, or else the valid scenario in that file. */
    static Scenario builtInOrFile(String nameOrFile, PrintWriter err) {
        if (BuiltInScenarios.names().contains(nameOrFile)) {
            return BuiltInScenarios.byName(nameOrFile);
        }
        Path file = Path.of(nameOrFile);
        if (!Files.exists(file)) {
            throw new UserInputException("'" + nameOrFile + "' is neither a built-in scenario ("
                    + String.join(", ", BuiltInScenarios.names()) + ") nor an existing file");
        }
        return load(file, err);
    }

    /** The output folder's name for a built-in scenario or a scenario file: the name, or the file's without .json. */
    static String folderName(String nameOrFile) {
        return BuiltInScenarios.names().contains(nameOrFile) ? nameOrFile
                : Path.of(nameOrFile).getFileName().toString().replaceFirst("\\.json$", "");
    }
}
