package nl.tegelijk.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem that keeps a scenario or a record from being used, all at once. Thrown by {@link ScenarioReadResult#orElseThrow()}, when a caller asks for a scenario that did not load, and by the
 * embedding facade for a scenario that does not pass the validator. The
 * reader itself never throws on user data. Also thrown by the constructors and builders of the model records
 * ({@code nl.tegelijk.model}) for a record built in code, with field paths relative to that record.
 *
 * <p>{@link #getMessage()} names each problem's code, record and field only ({@link ScenarioProblem#summary()}), never
 * a value, so the message may be logged; {@link #errors()} holds the full problems for a user interface.
 */
public final class InvalidScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> errors;

    /** An exception listing {@code errors}, the problems that keep a scenario from being used. */
    public InvalidScenarioException(List<ScenarioProblem> errors) {
        super("The scenario input has " + errors.size() + " error(s):" + System.lineSeparator()
                + errors.stream().map(ScenarioProblem::summary).collect(Collectors.joining(System.lineSeparator())));
        this.errors = List.copyOf(errors);
    }

    /** The errors that kept the scenario from loading. */
    public List<ScenarioProblem> errors() {
        return errors;
    }
}
