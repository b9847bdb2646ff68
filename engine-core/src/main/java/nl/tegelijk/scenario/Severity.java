package nl.tegelijk.scenario;

/** How bad a {@link ScenarioProblem} is: errors stop a scenario from loading, warnings do not. */
public enum Severity {
    /** The scenario cannot be used; it is not loaded. */
    ERROR,
    /** The scenario loads, but something looks wrong or will leave work unplanned. */
    WARNING
}
