package nl.tegelijk.scenario;

/**
 * The stable codes of {@link ScenarioProblem}s. The names are API: tools and tests match on them, so a code is never
 * renamed; new codes may be added.
 */
public enum ProblemCode {
    // Input that is not JSON at all.
    /** The input could not be read (missing or unreadable file). */
    UNREADABLE_INPUT,
    /** The input is not well-formed JSON; the problem names line and column. */
    MALFORMED_JSON,
    /** An object has the same field twice. */
    DUPLICATE_FIELD,

    // Structure, found by the JSON Schema.
    /** The format marker holds a value this reader does not know (it reads {@code "tegelijk-scenario/1"}). */
    UNSUPPORTED_FORMAT,
    /** A required field is absent. */
    MISSING_FIELD,
    /** A field the format does not know. */
    UNKNOWN_FIELD,
    /** A value of the wrong JSON type, e.g. a string where a number belongs. */
    WRONG_TYPE,
    /** An enum field holds a value that is not one of its names. */
    UNKNOWN_ENUM_VALUE,
    /** A text that does not have the required shape (e.g. a date that is not {@code yyyy-MM-dd}). */
    WRONG_FORMAT,
    /** A date in the form {@code yyyy-MM-dd} that does not exist, e.g. 2016-02-30. */
    IMPOSSIBLE_DATE,
    /** A required text is empty. */
    EMPTY_TEXT,
    /** A count, capacity, duration or number of hours that must be positive is zero or negative. */
    NOT_POSITIVE,
    /** A number that must not be negative is negative. */
    NEGATIVE,
    /** A number outside its allowed range (including numbers too large to hold). */
    OUT_OF_RANGE,
    /** Any other structural problem the schema reports. */
    INVALID_VALUE,

    // Meaning, found on the records.
    /** Two records of the same kind share an id. */
    DUPLICATE_ID,
    /** A reference to a household, person or location that does not exist. */
    UNKNOWN_REFERENCE,
    /** The plan start is not a Monday. */
    PLAN_START_NOT_MONDAY,
    /** A birth date after the plan start. */
    BIRTH_DATE_AFTER_PLAN_START,
    /** The residence right was granted before the asylum application was lodged. */
    PERMIT_BEFORE_APPLICATION,
    /** Linked to the municipality before the residence right was granted. */
    LINKED_BEFORE_PERMIT,
    /** Registered in the municipality before being linked to it. */
    ARRIVAL_BEFORE_LINKING,
    /** DUO's notification of the duty is dated before the residence right was granted. */
    DUO_NOTIFICATION_BEFORE_PERMIT,
    /** The personal plan is dated before DUO's notification of the duty. */
    PERSONAL_PLAN_BEFORE_NOTIFICATION,
    /** A personal-plan amendment without a first plan, or dated before it. */
    PLAN_AMENDMENT_BEFORE_PLAN,
    /** An asylum seeker with a permit date or a permit kind other than {@code NONE}. */
    ASYLUM_SEEKER_WITH_PERMIT,
    /** A permit holder or other resident without a residence right ({@code permitKind} {@code NONE}). */
    RESIDENT_WITHOUT_PERMIT,
    /** A permit holder without the date the permit was granted. */
    PERMIT_HOLDER_WITHOUT_PERMIT_DATE,
    /** A course group or school class without rolling intake and without any cohort or intake date. */
    NO_INTAKE_DATES,
    /** A school class whose {@code minAge} is above its {@code maxAge}. */
    AGE_RANGE_INVERTED,
    /** A household that no person belongs to. */
    EMPTY_HOUSEHOLD,
    /** A household larger than every dwelling, or needing accessibility or rooms no dwelling offers (warning). */
    HOUSEHOLD_FITS_NO_DWELLING,
    /** A household prefers a district where no location is (warning). */
    UNKNOWN_DISTRICT,
    /** Two housing quotas for the same half-year. */
    DUPLICATE_QUOTA,
    /** A quota's populations not dated 1 January of the year before the quota's year (Huisvestingswet 2014 art. 29). */
    QUOTA_POPULATION_DATE,
    /** A quota's municipal population above the national population. */
    QUOTA_POPULATION_ABOVE_NATIONAL,
    /** An intake report with two findings for the same life domain. */
    DUPLICATE_FINDING_DOMAIN,

    // Flow: what the municipality expects after the plan start.
    /** An expected permit date on a person who is not an asylum seeker. */
    EXPECTED_PERMIT_NOT_ASYLUM_SEEKER,
    /** An expected permit date on or before the plan start: a decision already taken is a granted permit. */
    EXPECTED_PERMIT_NOT_AFTER_PLAN_START,
    /** An asylum seeker linked to the municipality without an expected permit date. */
    LINKED_WITHOUT_PERMIT,
    /** A permit granted after the plan start to a person COA does not link after the plan start. */
    PERMIT_AFTER_PLAN_START_NOT_EXPECTED
}
