package nl.tegelijk.model;

/** How much support a life domain needs, as an intake party sees it. */
public enum NeedLevel {
    /** The person manages on their own strength. */
    NONE,
    /** Some tailored support (<i>maatwerk</i>) helps. */
    SOME,
    /** Intensive support is needed before or while other tracks run. */
    HIGH
}
