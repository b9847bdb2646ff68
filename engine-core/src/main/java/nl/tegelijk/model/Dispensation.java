package nl.tegelijk.model;

/** A dispensation from the integration duty already granted by DUO (<i>ontheffing</i>; Wi2013 art. 6, Wi2021 art. 5). */
public enum Dispensation {
    /** Permanently unable through a psychological or physical impairment or intellectual disability. */
    MEDICAL,
    /** Special individual circumstances (<i>bijzondere individuele omstandigheden</i>, Wi2021). */
    SPECIAL_CIRCUMSTANCES,
    /** Demonstrable effort (<i>aantoonbare inspanning</i>, Wi2013 only). */
    DEMONSTRABLE_EFFORT
}
