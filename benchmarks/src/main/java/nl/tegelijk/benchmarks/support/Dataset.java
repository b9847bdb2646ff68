package nl.tegelijk.benchmarks.support;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.examples.generate.BuiltInScenarios;
import nl.tegelijk.examples.generate.GeneratorSettings;
import nl.tegelijk.examples.generate.ScenarioGenerator;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.ProblemBuilder;

/**
 * A benchmark dataset: a scenario (built-in or generated) with its assessments under the national rules, and the
 * planning problem the {@link nl.tegelijk.planning.Planner} would solve for it. Immutable; each call to
 * {@link #problem(boolean)} builds a fresh, mutable problem owned by the caller.
 *
 * @param name {@code zaanstad-2016}, {@code tutorial} or {@code generated-<persons>}
 * @param scenario the scenario
 * @param assessments one per person, national rules only
 */
public record Dataset(String name, Scenario scenario, List<Assessment> assessments) {

    /** The seed of every generated dataset. */
    public static final long SEED = 7L;

    private static final String GENERATED = "generated-";

    public Dataset {
        requireNonNull(name, "name");
        requireNonNull(scenario, "scenario");
        assessments = List.copyOf(assessments);
    }

    /**
     * The dataset of that name: a built-in scenario ({@code zaanstad-2016}, {@code zaanstad-2025}, {@code tutorial})
     * or {@code generated-<persons>} (generic preset, tight pressure, seed {@value #SEED}).
     *
     * @throws IllegalArgumentException when the name is neither
     */
    public static Dataset byName(String name) {
        if (name.startsWith(GENERATED)) {
            String count = name.substring(GENERATED.length());
            checkArgument(count.matches("[0-9]{1,6}"), "dataset (%s): persons (%s) must be a number", name, count);
            return generated(Integer.parseInt(count));
        }
        return assessed(name, BuiltInScenarios.byName(name));
    }

    /** A generated scenario of {@code persons} persons (generic preset, tight pressure, seed {@value #SEED}). */
    public static Dataset generated(int persons) {
        return assessed(GENERATED + persons, ScenarioGenerator.generate(GeneratorSettings.of(persons, SEED)));
    }

    private static Dataset assessed(String name, Scenario scenario) {
        List<Assessment> assessments = AssessorProvider.load().create(List.of())
                .assess(IntakeMerger.merge(scenario), AssessmentRequest.on(scenario.planStart()));
        return new Dataset(name, scenario, assessments);
    }

    /** Persons in the scenario. */
    public int persons() {
        return scenario.persons().size();
    }

    /**
     * The problem as the planner builds it (value ranges hold every allowed slot).
     *
     * @param greedyWarmStart start from the planner's greedy warm start (least slack first), as the planner does by
     *                        default; otherwise every track is unassigned and the construction heuristic plans them all
     */
    public PlanningProblem problem(boolean greedyWarmStart) {
        if (!greedyWarmStart) {
            return ProblemBuilder.build(scenario, assessments);
        }
        return ProblemBuilder.buildWarmStarted(scenario, assessments);
    }
}
