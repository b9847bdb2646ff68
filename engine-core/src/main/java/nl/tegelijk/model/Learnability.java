package nl.tegelijk.model;

/** Result of the learnability test (<i>leerbaarheidstoets</i>, Wi2021 art. 14; WI21-LBT-01/02). */
public enum Learnability {
    /** B1 is attainable within the integration term. */
    B1_ATTAINABLE,
    /** B1 is not attainable within the integration term. */
    B1_NOT_ATTAINABLE,
    /** Test skipped because of a sensory impairment. */
    SKIPPED_SENSORY_IMPAIRMENT
}
