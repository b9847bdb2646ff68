package nl.tegelijk.model;

/** Kind of residence right (<i>verblijfsrecht</i>), as far as the integration and housing law distinguish it. */
public enum PermitKind {
    /** No permit yet: asylum application pending (Vw 2000 art. 8 f/h). */
    NONE,
    /** Asylum fixed-term permit (<i>verblijfsvergunning asiel bepaalde tijd</i>, Vw 2000 art. 8 c). */
    ASYLUM_FIXED_TERM,
    /** Dependent asylum permit of a family member who joined later (<i>nareiziger</i>, Vw 2000 art. 8 c). */
    ASYLUM_DEPENDENT,
    /** Regular permit as family member of an asylum permit holder (Wi2021 art. 13 lid 1 b; Vw 2000 art. 8 a). */
    REGULAR_FAMILY_OF_ASYLUM_HOLDER,
    /** Regular fixed-term permit as family migrant (<i>gezinsmigrant</i>, Vw 2000 art. 8 a). */
    REGULAR_FAMILY,
    /** Regular permit for a non-temporary purpose other than family, e.g. a religious minister (Vw 2000 art. 8 a). */
    REGULAR_OTHER,
    /** Regular permit for a temporary purpose (<i>tijdelijk doel</i>: study, seasonal work, ...; Besluit inburgering art. 2.1). */
    REGULAR_TEMPORARY_PURPOSE,
    /** Residence under EU free movement (Vw 2000 art. 8 e). */
    EU_FREE_MOVEMENT;

    /** True for the asylum permits of Vw 2000 art. 8 c, own or dependent. */
    public boolean isAsylumPermit() {
        return this == ASYLUM_FIXED_TERM || this == ASYLUM_DEPENDENT;
    }
}
