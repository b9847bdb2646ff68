package nl.tegelijk.planning.constraints;

/** The constraint names, in one place: they are API (score analysis and weights look them up by name). */
public final class ConstraintNames {

    public static final String RESOURCE_OVER_CAPACITY = "Resource over capacity";
    public static final String DWELLING_DOES_NOT_FIT = "Dwelling does not fit the household";
    public static final String WEEKLY_HOURS_EXCEEDED = "Weekly hours limit exceeded";
    public static final String START_NOT_ALLOWED = "Start before the earliest week or outside intake";
    public static final String DUTCH_LEVEL_TOO_LOW = "Placement needs more Dutch";
    public static final String SPELL_LONGER_THAN_ALLOWED = "Spell longer than the option allows";
    public static final String ACTIVITY_DOES_NOT_MEET_OPTION = "Activity does not meet its option";
    public static final String REQUIRED_TRACK_UNPLANNED = "Required track unplanned";
    public static final String DEADLINE_MISSED = "Deadline missed";
    public static final String WEEKS_TO_FULL_PARTICIPATION = "Weeks until full participation";
    public static final String WEEKS_TO_EVERY_NEED = "Weeks until every need is met";
    public static final String LONG_WAIT_TO_FULL_PARTICIPATION = "Long wait for full participation";
    public static final String WAITING_WEEKS_PER_TRACK = "Waiting weeks per track";
    public static final String HOUSING_QUOTA_SHORTFALL = "Housing quota shortfall";
    public static final String TRAVEL_FROM_RECEPTION = "Travel from the reception location";
    public static final String TRAVEL_FROM_DWELLING = "Travel from the dwelling";
    public static final String PLACEMENT_OUTSIDE_SKILLS = "Placement outside the person's skills";
    public static final String HOUSED_FAR_FROM_SCHOOL = "Household housed far from its children's school";
    public static final String PROMISED_SLOT_MOVED = "Slot of an earlier plan moved";

    private ConstraintNames() {
    }
}
