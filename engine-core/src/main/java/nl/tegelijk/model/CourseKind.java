package nl.tegelijk.model;

/** Kinds of language course groups. */
public enum CourseKind {
    /** Voluntary pre-integration in the reception centre (<i>voorinburgering</i>, Rva 2005 art. 9a). */
    PRE_INTEGRATION,
    /** Literacy course (<i>alfabetisering</i>). */
    LITERACY,
    /** Integration course towards the A2 exam of the Wet inburgering 2013. */
    A2_COURSE,
    /** B1 route (<i>B1-route</i>, Wi2021 art. 7). */
    B1_ROUTE,
    /** Self-reliance route (<i>zelfredzaamheidsroute</i>, Z-route, Wi2021 art. 7). */
    Z_ROUTE,
    /** Education route (<i>onderwijsroute</i>, taalschakeltraject, Wi2021 art. 7). */
    EDUCATION_ROUTE,
    /** Dutch for adults who have no integration duty (<i>NT2 educatie</i>, WEB art. 7.3.1). */
    NT2_ADULT_EDUCATION;

    /**
     * True for an open offer: COA offers pre-integration to every permit holder in reception (Rva 2005 art. 9a), so a
     * scenario may leave its cap out; every other course kind is bought or contracted and states its seats.
     */
    public boolean isOpenOffer() {
        return this == PRE_INTEGRATION;
    }
}
