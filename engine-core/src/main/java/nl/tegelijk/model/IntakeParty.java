package nl.tegelijk.model;

/** The three parties of the integral intake (<i>integrale intake</i>) in Zaanstad's programme. */
public enum IntakeParty {
    /** Social district team (<i>Sociaal Wijkteam</i>, SWT). */
    SOCIAL_DISTRICT_TEAM,
    /** Refugee support organisation (<i>VluchtelingenWerk</i>). */
    REFUGEE_SUPPORT_ORGANISATION,
    /** The municipal work department (<i>afdeling werk</i>). */
    WORK_DEPARTMENT
}
