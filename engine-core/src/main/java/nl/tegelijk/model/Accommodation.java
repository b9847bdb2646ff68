package nl.tegelijk.model;

/** Where a person lives on the plan start. */
public enum Accommodation {
    /** Asylum reception centre (<i>azc</i>) run by COA. */
    RECEPTION_CENTRE,
    /** Process reception location (<i>POL</i>) or emergency shelter (<i>noodopvang</i>). */
    EMERGENCY_SHELTER,
    /** Nidos foster family (unaccompanied minors). */
    FOSTER_FAMILY,
    /** Small-scale housing for unaccompanied minors (<i>kleinschalige woonvoorziening</i>, kinderwoongroep). */
    SMALL_SCALE_UNIT,
    /** Own dwelling in the municipality. */
    DWELLING,
    /** Elsewhere, e.g. with family. */
    OTHER;

    /** True for COA reception (reception centre or emergency shelter). */
    public boolean isReception() {
        return this == RECEPTION_CENTRE || this == EMERGENCY_SHELTER;
    }
}
