package nl.tegelijk.monitoring;

/** Which of a person's requirements a figure counts. */
public enum NeedScope {
    /** Only the requirements the law or local policy makes required (the optimiser's headline). */
    REQUIRED,
    /** Every need the intake found: required and voluntary requirements alike. */
    EVERY_NEED
}
