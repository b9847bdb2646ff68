package nl.tegelijk.assessment;

/** The learning route (<i>leerroute</i>, Wi2021 art. 7). The 2013 regime has no routes: {@code NONE} there. */
public enum LearningRoute {
    /** B1 route (WI21-ROUTE-B1). */
    B1,
    /** Education route (<i>onderwijsroute</i>, WI21-ROUTE-OND). */
    EDUCATION,
    /** Self-reliance route (<i>zelfredzaamheidsroute</i>, WI21-ROUTE-Z). */
    Z,
    /** No route: no duty, or the 2013 regime. */
    NONE
}
