package nl.tegelijk.assessment;

/** Deadlines the law sets for a person or for the municipality on that person's behalf. */
public enum DeadlineKind {
    /** DUO's notification of the duty (WI21-DUO-01). */
    DUO_NOTIFICATION,
    /** Personal plan (<i>PIP</i>) set, after the broad intake (WI21-PIP-03). */
    PERSONAL_PLAN,
    /** Start of the integration term (WI21-TERM-01, WI13-TERM-01). */
    INTEGRATION_TERM_START,
    /** End of the integration term: the last day inside the term (start plus 3 years, minus one day). */
    INTEGRATION_TERM_END,
    /** Last day to switch learning route (WI21-PIP-05). */
    ROUTE_SWITCH,
    /** Participation declaration signed (Wi2013 from 2017-10-01: within one year). */
    PARTICIPATION_DECLARATION,
    /**
     * A child in school: within 3 months after arrival (EDU-ASYL-01), and not after compulsory schooling starts
     * ({@link #SCHOOL_DUTY_START}); before that date a child of 4 may attend voluntarily.
     */
    SCHOOL_START,
    /**
     * Compulsory schooling (<i>leerplicht</i>) starts: the first school day of the month after the month in which the
     * child turns 5 (EDU-LEER-01, Leerplichtwet 1969 art. 3 lid 1). Set while that day is still ahead.
     */
    SCHOOL_DUTY_START,
    /** Housing realised: 10 weeks after linking, 2 more for the move (HV-KOPPEL-01). */
    HOUSING,
    /** Application for favourable family reunification (HV-NAREIS-01). */
    FAMILY_REUNIFICATION_APPLICATION,
    /** End of mandatory unburdening (<i>ontzorgen</i>, WI21-ONTZ-01). */
    UNBURDENING_END,
    /** 18th birthday: guardianship ends, duty may arise (AMV-18-01). */
    ADULTHOOD
}
