package nl.tegelijk.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A batch of changes was rejected as a whole: nothing was applied, the plan and scenario passed in are unchanged.
 * Carries every problem found.
 */
public final class InvalidChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ChangeProblem> problems;

    /** An exception listing {@code problems}. */
    public InvalidChangeException(List<ChangeProblem> problems) {
        super("The change batch was rejected, " + problems.size() + " problem(s):" + System.lineSeparator()
                + problems.stream().map(ChangeProblem::describe).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in batch order. */
    public List<ChangeProblem> problems() {
        return problems;
    }
}
