package nl.tegelijk.model;

/** The education a person currently follows, as far as the law on integration and school duty distinguishes it. */
public enum EducationKind {
    /** Primary school, including newcomer classes. */
    PRIMARY,
    /** International transition class (<i>internationale schakelklas</i>, ISK). */
    ISK,
    /** Regular secondary school leading to an exempting diploma (vmbo, havo, vwo). */
    SECONDARY,
    /** Praktijkonderwijs: does not lead to an exempting diploma. */
    PRAKTIJKONDERWIJS,
    /** mbo entree (level 1): does not lead to an exempting diploma. */
    MBO_ENTREE,
    /** mbo level 2 or higher. */
    MBO_2_OR_HIGHER,
    /** hbo or university. */
    HIGHER,
    /** Adult education (<i>volwasseneneducatie</i>, WEB art. 7.3.1). */
    ADULT_EDUCATION;

    /** True when this education leads to a diploma that exempts from the integration duty (Wi2013 art. 5 lid 1 e; Wi2021 art. 4 lid 1 d). */
    public boolean leadsToExemptingDiploma() {
        return this == SECONDARY || this == MBO_2_OR_HIGHER || this == HIGHER;
    }
}
