package nl.tegelijk.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.tegelijk.model.Scenario;

/**
 * The outcome of reading a scenario: either a whole valid {@link Scenario} (perhaps with warnings) or every problem
 * found, never a half-loaded scenario. Immutable and thread-safe.
 *
 * @param scenario the scenario, present exactly when there is no error
 * @param problems every problem found, errors and warnings, in input order per check
 */
public record ScenarioReadResult(Optional<Scenario> scenario, List<ScenarioProblem> problems) {

    public ScenarioReadResult {
        requireNonNull(scenario, "scenario");
        problems = List.copyOf(problems);
        boolean hasErrors = problems.stream().anyMatch(ScenarioProblem::isError);
        checkArgument(scenario.isPresent() != hasErrors,
                "a result holds a scenario exactly when it has no errors (scenario present: %s, errors: %s)",
                scenario.isPresent(), hasErrors);
    }

    static ScenarioReadResult loaded(Scenario scenario, List<ScenarioProblem> warnings) {
        return new ScenarioReadResult(Optional.of(scenario), warnings);
    }

    static ScenarioReadResult rejected(List<ScenarioProblem> problems) {
        return new ScenarioReadResult(Optional.empty(), problems);
    }

    /** True when the scenario loaded (there may still be warnings). */
    public boolean isValid() {
        return scenario.isPresent();
    }

    /** The problems of severity {@link Severity#ERROR}. */
    public List<ScenarioProblem> errors() {
        return problems.stream().filter(ScenarioProblem::isError).toList();
    }

    /** The problems of severity {@link Severity#WARNING}. */
    public List<ScenarioProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * The scenario, or an {@link InvalidScenarioException} listing every error: for callers that treat invalid input
     * as a failure.
     */
    public Scenario orElseThrow() {
        return scenario.orElseThrow(() -> new InvalidScenarioException(errors()));
    }

    /** One line per problem, errors first. */
    public String describe() {
        return problems.stream()
                .sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
                .map(ScenarioProblem::describe)
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
