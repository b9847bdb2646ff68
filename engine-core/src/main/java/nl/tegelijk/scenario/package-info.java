/**
 * The scenario format {@code tegelijk-scenario/1} and its full validation: {@link nl.tegelijk.scenario.ScenarioReader}
 * (JSON to a valid {@link nl.tegelijk.model.Scenario} or every {@link nl.tegelijk.scenario.ScenarioProblem} at once),
 * {@link nl.tegelijk.scenario.ScenarioValidator} (the semantic checks), {@link nl.tegelijk.scenario.ScenarioWriter}
 * and the one-screen {@link nl.tegelijk.scenario.ScenarioSummary}. The JSON Schema is the class-path resource
 * {@link nl.tegelijk.scenario.ScenarioFormat#SCHEMA_RESOURCE}; the format is documented in {@code docs/SCENARIO.md}.
 *
 * <p>This is the one place where JSON becomes records ("convert once, at the edge"). All public types are immutable
 * or stateless, and thread-safe.
 */
package nl.tegelijk.scenario;
