package nl.tegelijk.planning.support;

import java.util.List;
import java.util.Set;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Location;
import nl.tegelijk.planning.domain.Resource;
import nl.tegelijk.planning.domain.ResourceKind;
import nl.tegelijk.planning.domain.Slot;
import nl.tegelijk.planning.domain.TrackAssignment;

/** Planning-model facts and entities for constraint tests; locations 10 km apart along a meridian. */
public final class Fixtures {

    public static final int HORIZON = 52;
    public static final Location L0 = new Location("l0", "L0", "A", 52.00, 5.0);
    public static final Location L10 = new Location("l10", "L10", "B", 52.09, 5.0);
    public static final Location L20 = new Location("l20", "L20", "C", 52.18, 5.0);

    private Fixtures() {
    }

    public static Resource dwelling(String id, int rooms, int occupants, Location at) {
        return new Resource(id, ResourceKind.DWELLING, "DWELLING", at, 1, 0, true, List.of(), HORIZON, 0, rooms,
                occupants, false, CefrLevel.NONE, "", 0, Integer.MAX_VALUE);
    }

    public static Resource course(String id, int seats, int duration, int hours, Location at) {
        return new Resource(id, ResourceKind.COURSE_GROUP, "B1_ROUTE", at, seats, 0, true, List.of(), duration, hours,
                0, 0, false, CefrLevel.NONE, "", 0, Integer.MAX_VALUE);
    }

    public static Resource cohortCourse(String id, int seats, List<Integer> intakeWeeks) {
        return new Resource(id, ResourceKind.COURSE_GROUP, "B1_ROUTE", L0, seats, 0, false, intakeWeeks, 20, 10,
                0, 0, false, CefrLevel.NONE, "", 0, Integer.MAX_VALUE);
    }

    public static Resource school(String id, int hours, Location at) {
        return new Resource(id, ResourceKind.SCHOOL_CLASS, "ISK", at, 10, 0, true, List.of(), 52, hours, 0, 0, false,
                CefrLevel.NONE, "", 12, 18);
    }

    public static Resource placement(String id, String sector, CefrLevel min, int hours, int duration) {
        return new Resource(id, ResourceKind.PLACEMENT, "TRAINEESHIP", L10, 1, 0, true, List.of(), duration, hours,
                0, 0, false, min, sector, 0, Integer.MAX_VALUE);
    }

    /** Volunteer work, 26 weeks of 6 hours at L10: an open offer that states no cap. */
    public static Resource uncappedVolunteerWork(String id) {
        return new Resource(id, ResourceKind.PLACEMENT, "VOLUNTEER_WORK", L10, Resource.UNCAPPED, 0, true, List.of(),
                26, 6, 0, 0, false, CefrLevel.NONE, "community", 0, Integer.MAX_VALUE);
    }

    public static Slot slot(Resource r, int start) {
        return new Slot(r, start, r.isDwelling() ? HORIZON : start + r.durationWeeks());
    }

    /** A person's track with a 30-hour limit, level A1, no skills, adult, living at L0, no deadline, required. */
    public static Builder track(TrackKind kind, String personId) {
        return new Builder(kind, personId);
    }

    /** Builds a {@link TrackAssignment} with defaults. */
    public static final class Builder {
        private final TrackKind kind;
        private final String personId;
        private String household;
        private List<String> participants;
        private int occupants = 1;
        private int earliest;
        private int deadline = TrackAssignment.NO_DEADLINE;
        private boolean required = true;
        private int hoursLimit = 30;
        private CefrLevel dutch = CefrLevel.A1;
        private Set<String> skills = Set.of();
        private boolean minor;
        private Slot slot;
        private String ruleId;
        private Set<String> kinds = Set.of();
        private int maxWeeks = TrackAssignment.NO_MAXIMUM;

        private Builder(TrackKind kind, String personId) {
            this.kind = kind;
            this.personId = personId;
            this.household = "h-" + personId;
            this.participants = List.of(personId);
            this.ruleId = kind.name();
        }

        public Builder household(String id) {
            household = id;
            return this;
        }

        public Builder housing(int occupants, String... members) {
            this.occupants = occupants;
            this.participants = List.of(members);
            return this;
        }

        public Builder earliest(int week) {
            earliest = week;
            return this;
        }

        public Builder deadline(int week) {
            deadline = week;
            return this;
        }

        public Builder voluntary() {
            required = false;
            return this;
        }

        public Builder hoursLimit(int hours) {
            hoursLimit = hours;
            return this;
        }

        public Builder dutch(CefrLevel level) {
            dutch = level;
            return this;
        }

        public Builder skills(String... sectors) {
            skills = Set.of(sectors);
            return this;
        }

        public Builder minor() {
            minor = true;
            return this;
        }

        public Builder at(Resource r, int start) {
            slot = slot(r, start);
            return this;
        }

        /** The stay at {@code r} from {@code start} to {@code end} (a spell shorter than the resource's duration). */
        public Builder at(Resource r, int start, int end) {
            slot = new Slot(r, start, end);
            return this;
        }

        /** The option's rule id (default: the track kind). */
        public Builder ruleId(String id) {
            ruleId = id;
            return this;
        }

        /** The kinds that meet the option (default: none named, any kind). */
        public Builder kinds(String... names) {
            kinds = Set.of(names);
            return this;
        }

        /** The option's maximum spell in weeks. */
        public Builder maxWeeks(int weeks) {
            maxWeeks = weeks;
            return this;
        }

        public TrackAssignment build() {
            TrackAssignment a = new TrackAssignment(kind + ":" + personId + ":" + ruleId, kind, household, personId,
                    participants, occupants, earliest, deadline, required, hoursLimit, dutch, skills, minor, L0,
                    HORIZON, 0, slot == null ? List.of() : List.of(slot), ruleId, kinds, maxWeeks, List.of());
            a.setSlot(slot);
            return a;
        }
    }
}
