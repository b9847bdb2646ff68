package nl.tegelijk.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioReader;

/**
 * The documented example scenario ({@code docs/examples/example-scenario.json}, Zaanstad spring 2016), read from the
 * docs folder so that tests and docs cannot drift apart. Works from any module directory of the build (the docs folder
 * is their sibling). Stateless and thread-safe; every call returns a fresh value the caller owns.
 */
public final class ExampleScenario {

    /** The example's path relative to a module directory, as surefire runs tests. */
    public static final Path PATH = Path.of("..", "docs", "examples", "example-scenario.json");

    private ExampleScenario() {
    }

    /** The example as a JSON tree, to be changed by a test. */
    public static ObjectNode tree() {
        try {
            return (ObjectNode) TegelijkJson.mapper().readTree(Files.readString(PATH));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example scenario at " + PATH.toAbsolutePath(), e);
        }
    }

    /** The example as a loaded scenario; fails when it does not load. */
    public static Scenario scenario() {
        return ScenarioReader.read(PATH).orElseThrow();
    }
}
