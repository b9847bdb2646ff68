package nl.tegelijk.scenario;

import java.time.DayOfWeek;
import java.util.List;
import nl.tegelijk.model.Scenario;

/**
 * The semantic checks of a scenario: what a JSON Schema cannot see, such as unique ids, resolved references, dates in
 * a possible order and households that fit a dwelling. {@link ScenarioReader} runs them after the structural check;
 * call {@link #validate(Scenario)} directly for a scenario built in code (e.g. by a generator). Stateless and
 * thread-safe.
 *
 * <p>The checks and their codes are listed in {@code docs/SCENARIO.md}.
 */
public final class ScenarioValidator {

    private ScenarioValidator() {
    }

    /**
     * Every semantic problem of {@code scenario}, errors and warnings, each naming its record and JSON path as the
     * scenario would be written by {@link ScenarioWriter}. Empty when the scenario is consistent. Never throws on a
     * scenario the records' own constructors accepted.
     */
    public static List<ScenarioProblem> validate(Scenario scenario) {
        Problems problems = new Problems();
        checkTime(scenario, problems);
        IdentityChecks.check(scenario, problems);
        PersonChecks.check(scenario, problems);
        ResourceChecks.check(scenario, problems);
        return problems.toList();
    }

    private static void checkTime(Scenario scenario, Problems problems) {
        if (scenario.planStart().getDayOfWeek() != DayOfWeek.MONDAY) {
            problems.scenarioError(ProblemCode.PLAN_START_NOT_MONDAY, "planStart",
                    "plan start " + scenario.planStart() + " is a " + scenario.planStart().getDayOfWeek(),
                    "a Monday, the first day of week 0");
        }
        if (scenario.horizonWeeks() <= 0) {
            problems.scenarioError(ProblemCode.NOT_POSITIVE, "horizonWeeks",
                    "value " + scenario.horizonWeeks() + " is not positive", "a whole number from 1 up to 520");
        }
    }
}
