package nl.tegelijk.model;

/** Level of Dutch on the Common European Framework of Reference (<i>ERK-niveau</i>); {@code NONE} below A1. */
public enum CefrLevel {
    NONE, A1, A2, B1, B2, C1, C2;

    /** True when this level is at least {@code other}. */
    public boolean atLeast(CefrLevel other) {
        return compareTo(other) >= 0;
    }
}
