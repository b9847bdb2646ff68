package nl.tegelijk.planning;

/**
 * A new best plan found while solving.
 *
 * @param elapsedMillis milliseconds since solving started
 * @param bestScore the best score so far
 * @param personsFullyPlanned persons with every required track planned in the best solution
 * @param personsWithRequiredTracks persons with at least one required track
 */
public record PlanProgress(long elapsedMillis, PlanScore bestScore, int personsFullyPlanned,
                           int personsWithRequiredTracks) {
}
