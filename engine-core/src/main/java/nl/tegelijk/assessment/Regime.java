package nl.tegelijk.assessment;

/** Which civic-integration law applies to a person (WI21-REGIME-01, WI13-SCOPE-01). */
public enum Regime {
    /** <i>Wet inburgering</i> (2013 regime, BWBR0020611): duties that arose 2013-01-01 to 2021-12-31. */
    WI2013,
    /** <i>Wet inburgering 2021</i> (BWBR0044770): duties that arose on or after 2022-01-01. */
    WI2021,
    /** No integration law applies (no duty has arisen, e.g. an asylum seeker or a child). */
    NONE
}
