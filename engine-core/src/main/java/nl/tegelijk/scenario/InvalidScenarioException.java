package nl.tegelijk.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link ScenarioReadResult#orElseThrow()}, when a caller asks for a scenario that did not load, and by the
 * embedding facade for a scenario that does not pass the validator. The
 * reader itself never throws on user data.
 */
public final class InvalidScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> errors;

    /** An exception listing {@code errors}, the problems that keep a scenario from being used. */
    public InvalidScenarioException(List<ScenarioProblem> errors) {
        super("The scenario has " + errors.size() + " error(s):" + System.lineSeparator()
                + errors.stream().map(ScenarioProblem::describe).collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    /** The errors that kept the scenario from loading. */
    public List<ScenarioProblem> errors() {
        return errors;
    }
}
