package nl.tegelijk.planning;

/** Why a track was left unplanned: part of the plan's vocabulary. */
public enum UnplannedReason {
    /** No resource of an eligible kind fits the person or household at all (kind, age band, Dutch level, size). */
    NO_ELIGIBLE_RESOURCE,
    /** Eligible resources exist, but none allows a start within the horizon (availability, cohort dates). */
    NO_START_WITHIN_HORIZON,
    /** Eligible resources exist, but only with a start after the deadline, and those are full. */
    DEADLINE_CANNOT_BE_MET,
    /** Eligible resources with allowed starts exist, but their capacity is taken within the horizon. */
    CAPACITY_EXHAUSTED,
    /** A track it waits for (in the sequential policy: housing, then the course) was itself not planned in time. */
    PRECEDING_TRACK_UNPLANNED,
    /**
     * The household includes an asylum seeker, who gets no dwelling (HV-HVV-01). No longer produced by the planner: the
     * rules give such a household no housing option (HV-HVV-01b); kept so that earlier plans still read.
     */
    ASYLUM_SEEKER_IN_HOUSEHOLD,
    /** Eligible slots have room, but only in weeks the person's other activities fill the weekly hours limit. */
    WEEKLY_HOURS_FULL,
    /** A fitting slot is free in the final plan: the search stopped (time or move limit) before it placed the track. */
    SEARCH_STOPPED_EARLY,
    /** A voluntary track the plan chose to leave out. */
    VOLUNTARY_NOT_PLANNED,
    /**
     * The search stopped (time or move limit) while the track's slot still broke a hard rule (e.g. the weekly hours
     * limit); the track was taken out so that the plan keeps every hard rule.
     */
    NO_FEASIBLE_SLOT_FOUND
}
