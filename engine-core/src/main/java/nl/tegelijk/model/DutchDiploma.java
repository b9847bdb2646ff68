package nl.tegelijk.model;

/**
 * Diplomas obtained in Dutch that the integration law names (Besluit inburgering art. 2.3; Regeling inburgering 2021
 * art. 2.1). Only those listed in the law exempt; see the rules for which.
 */
public enum DutchDiploma {
    /** <i>Inburgeringsdiploma</i> or the state exam NT2. */
    INBURGERINGSDIPLOMA,
    /** Entree course (mbo level 1): does not exempt. */
    MBO_ENTREE,
    /** mbo level 2 or higher: exempts, and is a start qualification. */
    MBO_2_OR_HIGHER,
    /** vmbo (any track since the Dec 2022 change of the Regeling inburgering 2021). */
    VMBO,
    HAVO,
    VWO,
    /** hbo or university (wo). */
    HBO_WO,
    /** Comparable Dutch-language diploma from Belgium or Suriname. */
    BELGIUM_OR_SURINAME,
    /** Praktijkonderwijs certificate: does not exempt. */
    PRAKTIJKONDERWIJS
}
