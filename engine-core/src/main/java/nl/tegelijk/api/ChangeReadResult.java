package nl.tegelijk.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.tegelijk.scenario.InvalidScenarioException;
import nl.tegelijk.scenario.ScenarioProblem;

/**
 * The outcome of reading a change batch ({@link ChangeReader}): either every change, in batch order, or every problem
 * found, never half a batch. Immutable and thread-safe.
 *
 * @param changes the changes, present exactly when there is no problem
 * @param problems every problem found; {@link ScenarioProblem#summary()} names code, change kind and JSON path only
 */
public record ChangeReadResult(Optional<List<Change>> changes, List<ScenarioProblem> problems) {

    public ChangeReadResult {
        requireNonNull(changes, "changes");
        changes = changes.map(List::copyOf);
        problems = List.copyOf(problems);
        checkArgument(changes.isPresent() == problems.isEmpty(),
                "a result holds changes exactly when it has no problems (changes present: %s, problems: %s)",
                changes.isPresent(), (Object) problems.size());
    }

    static ChangeReadResult loaded(List<Change> changes) {
        return new ChangeReadResult(Optional.of(changes), List.of());
    }

    static ChangeReadResult rejected(List<ScenarioProblem> problems) {
        return new ChangeReadResult(Optional.empty(), problems);
    }

    /** True when the batch loaded. */
    public boolean isValid() {
        return changes.isPresent();
    }

    /** The changes, or an {@link InvalidScenarioException} listing every problem (its message names no value). */
    public List<Change> orElseThrow() {
        return changes.orElseThrow(() -> new InvalidScenarioException(problems));
    }

    /** One line per problem. */
    public String describe() {
        return problems.stream().map(ScenarioProblem::describe).collect(Collectors.joining(System.lineSeparator()));
    }
}
