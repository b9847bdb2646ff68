package nl.tegelijk.assessment;

/** The ground that decides the civic-integration duty (<i>inburgeringsplicht</i>) one way or the other. */
public enum DutyGround {
    /** Obliged: lawful non-temporary residence under Vw 2000 art. 8 a or c (Wi2013 art. 3; Wi2021 art. 3). */
    LAWFUL_NON_TEMPORARY_RESIDENCE,
    /** Not obliged: no residence permit yet (asylum seeker, Vw 2000 art. 8 f/h). */
    NO_RESIDENCE_PERMIT,
    /** Not obliged: residence for a temporary purpose. */
    TEMPORARY_PURPOSE,
    /** Not obliged: EU/EEA/Swiss national or free-movement family member. */
    EU_EEA_SWISS_NATIONAL,
    /** Not obliged: Turkish national under the association law (until the law changed). */
    TURKISH_NATIONAL,
    /** Not obliged: below the minimum age. */
    BELOW_MINIMUM_AGE,
    /** Not obliged: at or over the state pension (AOW) age. */
    STATE_PENSION_AGE,
    /** Not obliged: school duty or qualification duty (<i>leerplicht, kwalificatieplicht</i>). */
    SCHOOL_OR_QUALIFICATION_DUTY,
    /** Not obliged: follows an education that leads to an exempting diploma. */
    EXEMPTING_EDUCATION,
    /** Not obliged: holds an exempting Dutch diploma. */
    EXEMPTING_DIPLOMA,
    /** Not obliged: lived 8 years in the Netherlands while of compulsory-school age. */
    EIGHT_YEARS_SCHOOL_AGE_RESIDENCE,
    /** Not obliged: met an integration requirement in another EU state. */
    INTEGRATED_IN_OTHER_EU_STATE,
    /** Not obliged: dispensation granted by DUO (<i>ontheffing</i>). */
    DISPENSATION
}
