package nl.tegelijk.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Placement;

/**
 * One change in reality that a replan follows ({@link IntegrationEngine#replan}). Changes are immutable values; a batch
 * is applied in its order, and each change takes effect on its {@link #date()}, which may lie in the week before the
 * replan's as-of date (what the case system reports on Monday about last week) but not earlier.
 *
 * <p>In JSON ({@link nl.tegelijk.json.TegelijkJson}, a whole batch with {@link ChangeReader} and {@link ChangeWriter})
 * a change names its kind in a {@code "type"} field holding the record's simple name, e.g.
 * {@code {"type": "DwellingWithdrawn", "dwellingId": "D-7", "date": "2016-09-05"}}; {@code docs/changes.schema.json}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(Change.PersonArrives.class), @JsonSubTypes.Type(Change.PersonLeaves.class),
    @JsonSubTypes.Type(Change.PermitGranted.class), @JsonSubTypes.Type(Change.LinkedToMunicipality.class),
    @JsonSubTypes.Type(Change.HouseholdChanged.class), @JsonSubTypes.Type(Change.DwellingAdded.class),
    @JsonSubTypes.Type(Change.DwellingWithdrawn.class), @JsonSubTypes.Type(Change.CourseGroupAdded.class),
    @JsonSubTypes.Type(Change.CourseGroupCancelled.class), @JsonSubTypes.Type(Change.PlacementAdded.class),
    @JsonSubTypes.Type(Change.PlacementEnded.class), @JsonSubTypes.Type(Change.ActualStartRecorded.class),
    @JsonSubTypes.Type(Change.StartMissed.class), @JsonSubTypes.Type(Change.LeftEarly.class)})
public sealed interface Change {

    /** The date the change takes effect. */
    LocalDate date();

    /**
     * A person arrives: a new household ({@code household} present) or joining one already in the scenario.
     *
     * @param person the person; the id must be new
     * @param household the new household, when the person does not join an existing one
     * @param intakeReports the intake reports about the person, if any yet
     */
    record PersonArrives(Person person, Optional<Household> household, List<IntakeReport> intakeReports,
                         LocalDate date) implements Change {
        public PersonArrives {
            requireNonNull(person, "person");
            requireNonNull(household, "household");
            intakeReports = List.copyOf(intakeReports);
            requireNonNull(date, "date");
        }
    }

    /**
     * A person leaves the programme: moves away, finds work of their own, or otherwise. The person's activities end;
     * the household goes when its last member leaves.
     */
    record PersonLeaves(String personId, LeaveReason reason, LocalDate date) implements Change {
        public PersonLeaves {
            requireNonNull(personId, "personId");
            requireNonNull(reason, "reason");
            requireNonNull(date, "date");
        }
    }

    /** Why a person leaves. */
    enum LeaveReason {
        /** Moves to another municipality. */
        MOVED_AWAY,
        /** Finds work outside the plan. */
        FOUND_WORK,
        /** Any other reason. */
        OTHER
    }

    /** An asylum seeker is granted a residence permit (<i>vergunningverlening</i>) on {@code date}. */
    record PermitGranted(String personId, PermitKind permitKind, LocalDate date) implements Change {
        public PermitGranted {
            requireNonNull(personId, "personId");
            requireNonNull(permitKind, "permitKind");
            requireNonNull(date, "date");
        }
    }

    /** COA links a permit holder to the municipality (<i>koppeling</i>) on {@code date}. */
    record LinkedToMunicipality(String personId, LocalDate date) implements Change {
        public LinkedToMunicipality {
            requireNonNull(personId, "personId");
            requireNonNull(date, "date");
        }
    }

    /** A household's needs change (rooms, accessibility, district); the record replaces the one with its id. */
    record HouseholdChanged(Household household, LocalDate date) implements Change {
        public HouseholdChanged {
            requireNonNull(household, "household");
            requireNonNull(date, "date");
        }
    }

    /** A dwelling is offered. */
    record DwellingAdded(Dwelling dwelling, LocalDate date) implements Change {
        public DwellingAdded {
            requireNonNull(dwelling, "dwelling");
            requireNonNull(date, "date");
        }
    }

    /** A dwelling falls through; a household planned into it and not yet moved in is replanned. */
    record DwellingWithdrawn(String dwellingId, LocalDate date) implements Change {
        public DwellingWithdrawn {
            requireNonNull(dwellingId, "dwellingId");
            requireNonNull(date, "date");
        }
    }

    /** A course group is offered. */
    record CourseGroupAdded(CourseGroup courseGroup, LocalDate date) implements Change {
        public CourseGroupAdded {
            requireNonNull(courseGroup, "courseGroup");
            requireNonNull(date, "date");
        }
    }

    /** A course group is cancelled; learners planned into it who have not started are replanned. */
    record CourseGroupCancelled(String courseGroupId, LocalDate date) implements Change {
        public CourseGroupCancelled {
            requireNonNull(courseGroupId, "courseGroupId");
            requireNonNull(date, "date");
        }
    }

    /** Work or participation slots are offered. */
    record PlacementAdded(Placement placement, LocalDate date) implements Change {
        public PlacementAdded {
            requireNonNull(placement, "placement");
            requireNonNull(date, "date");
        }
    }

    /** A placement is no longer offered; persons planned into it who have not started are replanned. */
    record PlacementEnded(String placementId, LocalDate date) implements Change {
        public PlacementEnded {
            requireNonNull(placementId, "placementId");
            requireNonNull(date, "date");
        }
    }

    /**
     * An activity started in the as-of week: from now on it is pinned and never moves. For housing the subject is the
     * household and the resource the dwelling.
     *
     * @param subjectId the person, or the household for housing
     * @param track the track
     * @param resourceId the dwelling, course group, school class or placement
     * @param date the day it started, in the as-of week
     */
    record ActualStartRecorded(String subjectId, TrackKind track, String resourceId, LocalDate date)
            implements Change {
        public ActualStartRecorded {
            requireNonNull(subjectId, "subjectId");
            requireNonNull(track, "track");
            requireNonNull(resourceId, "resourceId");
            requireNonNull(date, "date");
        }
    }
    /**
     * A start the plan had in the past week did not happen (the person did not turn up, the household did not move
     * in): the track is not taken as started and is planned again from the as-of week.
     *
     * @param subjectId the person, or the household for housing
     * @param track the track
     * @param resourceId the resource of the planned start
     * @param date the day the case system noted it, in the past week
     */
    record StartMissed(String subjectId, TrackKind track, String resourceId, LocalDate date) implements Change {
        public StartMissed {
            requireNonNull(subjectId, "subjectId");
            requireNonNull(track, "track");
            requireNonNull(resourceId, "resourceId");
            requireNonNull(date, "date");
        }
    }

    /**
     * A person stopped a started course, school place or placement before its end (<i>uitval</i>): the activity is
     * over, and if the person still has the option it is planned again from the as-of week. Housing is never left
     * early this way: a household that moves out leaves ({@link PersonLeaves}) or grows out of its dwelling
     * ({@link HouseholdChanged}, {@link PersonArrives}).
     *
     * @param personId the person
     * @param track the track: language, education or work
     * @param resourceId the course group, school class or placement left
     * @param date the last day attended
     */
    record LeftEarly(String personId, TrackKind track, String resourceId, LocalDate date) implements Change {
        public LeftEarly {
            requireNonNull(personId, "personId");
            requireNonNull(track, "track");
            checkArgument(track != TrackKind.HOUSING, "track (%s) must be LANGUAGE, EDUCATION or WORK: a household "
                    + "leaves its dwelling with PersonLeaves", track);
            requireNonNull(resourceId, "resourceId");
            requireNonNull(date, "date");
        }
    }
}
