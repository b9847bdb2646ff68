package nl.tegelijk.model;

/** Kinds of school places for newcomers. */
public enum SchoolKind {
    /** Newcomer class in primary school (<i>nieuwkomersgroep, schakelklas</i>; EDU-PO-01). */
    PRIMARY_NEWCOMER_CLASS,
    /** International transition class in secondary school (<i>ISK</i>; EDU-ISK-01). */
    ISK,
    /** Adult education (<i>volwassenenonderwijs, vavo</i>; EDU-VAVO-01). */
    ADULT_EDUCATION,
    /** Vocational education (<i>mbo</i>). */
    VOCATIONAL
}
