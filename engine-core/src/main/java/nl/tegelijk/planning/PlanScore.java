package nl.tegelijk.planning;

/**
 * The score of a plan: hard (broken rules), medium (required work left unplanned), soft (waiting and preferences).
 *
 * @param hard hard score, 0 when no hard rule is broken
 * @param medium medium score
 * @param soft soft score
 * @param feasible no hard rule is broken
 */
public record PlanScore(long hard, long medium, long soft, boolean feasible) {

    /** The score in Timefold's notation, e.g. {@code 0hard/-8medium/-120soft}. */
    public String asText() {
        return hard + "hard/" + medium + "medium/" + soft + "soft";
    }
}
