package nl.tegelijk.planning.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import java.util.Set;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Location;

/**
 * The planning entity: one option of the assessment (a {@code TrackRequirement}), per household for housing and per
 * person and option for language, education and work. Its one planning variable is the {@link Slot}; its value range
 * holds every slot the option allows: each eligible resource in each allowed start week from the earliest week on,
 * ordered by start week. Which of them are worth trying is the move selectors' business
 * ({@link EarlyStartMoveFactory}), not the range's. Mutable (by the solver) and not thread-safe; identity is by
 * {@link #getId()}.
 *
 * <p>A pinned track ({@link #isPinned()}) has started before the as-of week of a replan; the solver never moves it.
 *
 * <p>The slot is {@code null} while the track is unplanned: the one place where the model holds a null, because
 * Timefold represents an unassigned variable so.
 */
@PlanningEntity
public class TrackAssignment {

    /** The deadline week of a track without a deadline. */
    public static final int NO_DEADLINE = Integer.MAX_VALUE;
    /** The maximum weeks of an option the law sets no maximum for. */
    public static final int NO_MAXIMUM = Integer.MAX_VALUE;

    @PlanningId
    private String id;
    private TrackKind track;
    private String householdId;
    private String personId;
    private List<String> participantIds;
    private int occupants;
    private int earliestWeek;
    private int deadlineWeek;
    private boolean required;
    private int weeklyHoursLimit;
    private CefrLevel dutchLevel;
    private Set<String> skills;
    private boolean minor;
    private Location homeLocation;
    private int horizonWeeks;
    private int arrivalOrder;
    private List<Slot> slotRange;
    private String ruleId;
    private Set<String> allowedKinds;
    private int maxWeeks;
    private List<Resource> eligible;

    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "slotRange")
    private Slot slot;
    @PlanningPin
    private boolean pinned;
    private String promisedResourceId;
    private int promisedStartWeek = -1;

    /** For Timefold's cloning only. */
    public TrackAssignment() {
    }

    /** A track without an option id, kinds, maximum or eligible list (tests of single constraints). */
    public TrackAssignment(String id, TrackKind track, String householdId, String personId,
                           List<String> participantIds, int occupants, int earliestWeek, int deadlineWeek,
                           boolean required, int weeklyHoursLimit, CefrLevel dutchLevel, Set<String> skills,
                           boolean minor, Location homeLocation, int horizonWeeks, int arrivalOrder,
                           List<Slot> slotRange) {
        this(id, track, householdId, personId, participantIds, occupants, earliestWeek, deadlineWeek, required,
                weeklyHoursLimit, dutchLevel, skills, minor, homeLocation, horizonWeeks, arrivalOrder, slotRange,
                track.name(), Set.of(), NO_MAXIMUM, List.of());
    }

    /**
     * A track.
     *
     * @param id unique id, e.g. {@code LANGUAGE:p1} or {@code HOUSING:h1}
     * @param track the track
     * @param householdId the household
     * @param personId the person, or the household id for housing
     * @param participantIds the persons who take part: the person, or the household members who need housing
     * @param occupants persons who move in (housing), 1 otherwise
     * @param earliestWeek the first week it may start
     * @param deadlineWeek the last week it should start, or {@link #NO_DEADLINE}
     * @param required not voluntary
     * @param weeklyHoursLimit the person's limit across concurrent activities
     * @param dutchLevel the person's level of Dutch
     * @param skills the person's sectors
     * @param minor the person is under 18 on the plan start
     * @param homeLocation where the person lives before moving to a dwelling
     * @param horizonWeeks weeks planned
     * @param arrivalOrder position in first-come-first-served order
     * @param slotRange the allowed values
     * @param ruleId the rule that opened the option
     * @param allowedKinds the course, school or placement kinds (by name) that meet the option; empty for housing
     * @param maxWeeks the longest spell the option allows, or {@link #NO_MAXIMUM}
     * @param eligible every resource the option may use (the value range holds their allowed start weeks)
     */
    public TrackAssignment(String id, TrackKind track, String householdId, String personId,
                           List<String> participantIds, int occupants, int earliestWeek, int deadlineWeek,
                           boolean required, int weeklyHoursLimit, CefrLevel dutchLevel, Set<String> skills,
                           boolean minor, Location homeLocation, int horizonWeeks, int arrivalOrder,
                           List<Slot> slotRange, String ruleId, Set<String> allowedKinds, int maxWeeks,
                           List<Resource> eligible) {
        this.id = id;
        this.track = track;
        this.householdId = householdId;
        this.personId = personId;
        this.participantIds = List.copyOf(participantIds);
        this.occupants = occupants;
        this.earliestWeek = earliestWeek;
        this.deadlineWeek = deadlineWeek;
        this.required = required;
        this.weeklyHoursLimit = weeklyHoursLimit;
        this.dutchLevel = dutchLevel;
        this.skills = Set.copyOf(skills);
        this.minor = minor;
        this.homeLocation = homeLocation;
        this.horizonWeeks = horizonWeeks;
        this.arrivalOrder = arrivalOrder;
        this.slotRange = slotRange instanceof java.util.RandomAccess ? slotRange : List.copyOf(slotRange);
        this.ruleId = ruleId;
        this.allowedKinds = Set.copyOf(allowedKinds);
        this.maxWeeks = maxWeeks;
        this.eligible = eligible;
    }

    /** The entity id of an option: {@code HOUSING:<household>}, or {@code <track>:<person>:<rule id>}. */
    public static String idOf(TrackKind track, String subjectId, String ruleId) {
        return track == TrackKind.HOUSING ? "HOUSING:" + subjectId : track + ":" + subjectId + ":" + ruleId;
    }

    /** The allowed values, ordered by start week, then resource id; shared between options, never modified. */
    public List<Slot> getSlotRange() {
        return slotRange;
    }

    /**
     * The value range Timefold reads: {@link #getSlotRange()} as a {@link SlotRange}, compared and hashed by the
     * identity of the shared list instead of slot by slot.
     */
    @ValueRangeProvider(id = "slotRange")
    public CountableValueRange<Slot> getSlotValueRange() {
        return new SlotRange(slotRange);
    }

    public String getId() {
        return id;
    }

    public TrackKind getTrack() {
        return track;
    }

    public String getHouseholdId() {
        return householdId;
    }

    public String getPersonId() {
        return personId;
    }

    public List<String> getParticipantIds() {
        return participantIds;
    }

    public int getOccupants() {
        return occupants;
    }

    public int getEarliestWeek() {
        return earliestWeek;
    }

    public int getDeadlineWeek() {
        return deadlineWeek;
    }

    public boolean isRequired() {
        return required;
    }

    public int getWeeklyHoursLimit() {
        return weeklyHoursLimit;
    }

    public CefrLevel getDutchLevel() {
        return dutchLevel;
    }

    public Set<String> getSkills() {
        return skills;
    }

    public boolean isMinor() {
        return minor;
    }

    public Location getHomeLocation() {
        return homeLocation;
    }

    public int getHorizonWeeks() {
        return horizonWeeks;
    }

    public int getArrivalOrder() {
        return arrivalOrder;
    }

    /** The rule that opened the option (its id in the assessment). */
    public String getRuleId() {
        return ruleId;
    }

    /** The course, school or placement kinds that meet the option, by name; empty for housing. */
    public Set<String> getAllowedKinds() {
        return allowedKinds;
    }

    /** The longest spell the option allows, or {@link #NO_MAXIMUM}. */
    public int getMaxWeeks() {
        return maxWeeks;
    }

    /** Every resource the option may use; shared between options with equal criteria, never modified. */
    public List<Resource> getEligible() {
        return eligible;
    }

    /**
     * The slot of the value range with {@code resource} and {@code week}, or {@code null} when the range has none (a
     * binary search: the range is ordered by start week).
     */
    public Slot slotAt(Resource resource, int week) {
        return slotIn(slotRange, resource, week);
    }

    /**
     * The slot of {@code slotRange} (ordered by start week, then resource id) with {@code resource} and {@code week},
     * or {@code null}.
     */
    static Slot slotIn(List<Slot> slotRange, Resource resource, int week) {
        // The range is ordered by start week, then resource id: one binary search on both.
        int lo = firstAtOrAfter(slotRange, week);
        int hi = slotRange.size();
        String id = resource.id();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            Slot s = slotRange.get(mid);
            int c = s.startWeek() != week ? 1 : s.resource().id().compareTo(id);
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < slotRange.size()) {
            Slot s = slotRange.get(lo);
            if (s.startWeek() == week && s.resource().id().equals(id)) {
                return s;
            }
        }
        return null;
    }

    /** The index of the first slot of {@code sorted} (ordered by start week) starting in {@code week} or later. */
    static int firstAtOrAfter(List<Slot> sorted, int week) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).startWeek() < week) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    /** True when the track has started (or its start is recorded) and the solver must not move it. */
    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    /**
     * Remembers the slot an earlier plan gave this track (and that the person and the provider were told), so that a
     * replan moves it only for a clear gain.
     */
    public void setPromised(String resourceId, int startWeek) {
        this.promisedResourceId = resourceId;
        this.promisedStartWeek = startWeek;
    }

    /** True when an earlier plan gave this track a slot and the track now has another one, or none. */
    public boolean movedFromPromise() {
        return promisedResourceId != null && (slot == null || slot.startWeek() != promisedStartWeek
                || !slot.resource().id().equals(promisedResourceId));
    }

    /** True for the housing track of a household. */
    public boolean isHousing() {
        return track == TrackKind.HOUSING;
    }

    /** True when a slot is assigned. */
    public boolean isAssigned() {
        return slot != null;
    }

    /** The start week, or the horizon end while unplanned (for waiting-time measures). */
    public int effectiveStartWeek() {
        return slot == null ? horizonWeeks : slot.startWeek();
    }

    /** Weeks waited from the earliest week to the (effective) start. */
    public int waitingWeeks() {
        return Math.max(0, effectiveStartWeek() - earliestWeek);
    }

    /** Per participant: this track's earliest week and (effective) start week. */
    public List<ParticipantWeeks> participantWeeks() {
        int start = effectiveStartWeek();
        return participantIds.stream().map(p -> new ParticipantWeeks(p, earliestWeek, start)).toList();
    }

    /**
     * One participant's earliest and (effective) start week of a track.
     *
     * @param personId the person
     * @param earliestWeek the track's earliest week
     * @param startWeek the start week, or the horizon end while unplanned
     */
    public record ParticipantWeeks(String personId, int earliestWeek, int startWeek) {
    }

    /** Number of persons this track counts for (the household members housed, or 1). */
    public int weight() {
        return isHousing() ? Math.max(1, participantIds.size()) : 1;
    }

    @Override
    public String toString() {
        return id + "->" + slot;
    }
}
