package nl.tegelijk.model;

/**
 * Nationality only as far as the law distinguishes it (Wi2013 art. 5 lid 2; Wi2021 art. 3). Country of origin is kept
 * apart, for reporting, and no decision reads it.
 */
public enum NationalityGroup {
    /** A third-country national (<i>derdelander</i>). */
    THIRD_COUNTRY,
    /** A national of an EU or EEA state or Switzerland. */
    EU_EEA_SWISS,
    /** A Turkish national (exempt under the EEC-Turkey association law until 2020-05-01 / 2022-01-01). */
    TURKISH
}
