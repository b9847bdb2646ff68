package nl.tegelijk.planning;

/** How a {@link Plan} was made: part of the plan's vocabulary, written to JSON by name. */
public enum PlanMethod {
    /** By the optimising planner (Timefold Solver), from a warm start. */
    OPTIMISED,
    /**
     * By the sequential baseline: first a dwelling, then the language course, then education or work, each as early as
     * a place is free (the practice before the programme).
     */
    SEQUENTIAL,
    /** By the greedy parallel baseline: every track as early as a place is free, without optimising. */
    GREEDY_PARALLEL,
    /** By the exact CP-SAT reference of the benchmarks module, to compare against; the library never makes one. */
    CP_SAT
}
