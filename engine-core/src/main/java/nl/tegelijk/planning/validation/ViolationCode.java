package nl.tegelijk.planning.validation;

/** The hard rules the independent plan validator checks, one code each. */
public enum ViolationCode {
    /** A start week lies outside the planning horizon. */
    OUTSIDE_HORIZON,
    /** A household is housed twice, or one option of a person is planned twice. */
    DUPLICATE_TRACK,
    /** A placement names a household, person or resource the scenario does not hold. */
    UNKNOWN_REFERENCE,
    /** A dwelling is given to a household with an asylum-seeking member. */
    DWELLING_FOR_ASYLUM_SEEKER,
    /** The household does not fit the dwelling (size, accessibility). */
    DWELLING_DOES_NOT_FIT,
    /** The activity starts before its resource is available. */
    BEFORE_AVAILABLE,
    /** The activity starts before the earliest date the assessment allows. */
    BEFORE_EARLIEST,
    /**
     * The activity of an expected arrival (linked after the plan start, not an asylum seeker here) starts before COA
     * links the person to the municipality: nothing is planned for them before that day (docs/SCENARIO.md).
     */
    BEFORE_LINK,
    /** Nothing in the assessment asks for this activity. */
    NOT_REQUIRED,
    /** The person may not use this resource (wrong track, or age outside the resource's range). */
    NOT_ELIGIBLE,
    /** The course or placement kind does not meet the option it is planned for. */
    KIND_DOES_NOT_MEET_OPTION,
    /** The spell is longer than the option allows (e.g. 24 weeks in 52 for an asylum seeker's paid work). */
    SPELL_TOO_LONG,
    /** A school place starts on a date that is not one of the school's intake dates. */
    NOT_AN_INTAKE_DATE,
    /** The planned end week or weekly hours do not follow from the resource. */
    INCONSISTENT,
    /** The person's Dutch is below the placement's minimum, also counting the course in progress. */
    DUTCH_LEVEL_TOO_LOW,
    /** More occupants than the resource's capacity in some week. */
    OVER_CAPACITY,
    /** A person's activities together exceed the weekly hours allowed. */
    WEEKLY_HOURS_EXCEEDED,
    /** A replan no longer plans an activity that had started and is still needed. */
    STARTED_ACTIVITY_DROPPED,
    /** A replan moved an activity that had started. */
    STARTED_ACTIVITY_MOVED,
    /** A replan starts a new activity before the as-of week. */
    STARTED_IN_THE_PAST;

    /** Whether the code concerns the past a replan must keep (the {@code STARTED_} codes). */
    public boolean isAboutThePast() {
        return this == STARTED_ACTIVITY_DROPPED || this == STARTED_ACTIVITY_MOVED || this == STARTED_IN_THE_PAST;
    }
}
