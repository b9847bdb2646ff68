package nl.tegelijk.planning;

/** The level of a constraint in the score: hard rules first, then unplanned work, then the soft goals. */
public enum ScoreLevel {
    /** A rule no returned plan breaks. */
    HARD,
    /** Work left unplanned. */
    MEDIUM,
    /** Goals: weeks waited, distance, preferences. */
    SOFT
}
