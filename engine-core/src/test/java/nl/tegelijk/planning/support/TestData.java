package nl.tegelijk.planning.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.DutyDecision;
import nl.tegelijk.assessment.DutyGround;
import nl.tegelijk.assessment.LegalBasis;
import nl.tegelijk.assessment.LearningRoute;
import nl.tegelijk.assessment.Regime;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CivicIntegrationFile;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Gender;
import nl.tegelijk.model.Health;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.NationalityGroup;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.model.SchoolKind;
import nl.tegelijk.model.Schooling;

/** Hand-built scenarios and assessments for planner tests (the rules are not needed). */
public final class TestData {

    /** A Monday. */
    public static final LocalDate START = LocalDate.of(2016, 1, 4);
    public static final Location AZC = new Location("azc", "AZC", "Noord", 52.45, 4.83);
    public static final Location CENTRE = new Location("centre", "Centrum", "Centrum", 52.44, 4.82);
    public static final Location EAST = new Location("east", "Oost", "Oost", 52.44, 4.86);

    private TestData() {
    }

    public static LocalDate week(int w) {
        return START.plusWeeks(w);
    }

    public static Person adult(String id, String household, CefrLevel dutch, String... skills) {
        return person(id, household, START.minusYears(30), ResidenceStatus.PERMIT_HOLDER, dutch, List.of(skills));
    }

    public static Person child(String id, String household, int age) {
        return person(id, household, START.minusYears(age).minusDays(10), ResidenceStatus.PERMIT_HOLDER,
                CefrLevel.NONE, List.of());
    }

    public static Person person(String id, String household, LocalDate birth, ResidenceStatus status, CefrLevel dutch,
                                List<String> skills) {
        return new Person(id, household, birth, Gender.FEMALE, "SYR", NationalityGroup.values()[0], status,
                status == ResidenceStatus.ASYLUM_SEEKER ? PermitKind.values()[0] : PermitKind.ASYLUM_FIXED_TERM,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                new Schooling(8, EducationLevel.values()[0], true, true, List.of()), Optional.empty(), dutch,
                Optional.empty(), Optional.empty(), 3, skills, Health.none(), false, Accommodation.RECEPTION_CENTRE,
                AZC.id(), false, 0, false, Optional.empty(),
                CivicIntegrationFile.NONE);
    }

    public static Household household(String id) {
        return new Household(id, false, 1, Optional.empty());
    }

    public static Dwelling dwelling(String id, int fromWeek, int rooms, int occupants) {
        return new Dwelling(id, CENTRE.id(), week(fromWeek), rooms, occupants, false);
    }

    public static CourseGroup course(String id, CourseKind kind, int seats, int duration, int hours) {
        return new CourseGroup(id, kind, CENTRE.id(), START, true, List.of(), duration, hours, seats, false);
    }

    public static CourseGroup cohortCourse(String id, CourseKind kind, int seats, int duration, int hours,
                                           int... cohortWeeks) {
        List<LocalDate> starts = new ArrayList<>();
        for (int w : cohortWeeks) {
            starts.add(week(w));
        }
        return new CourseGroup(id, kind, CENTRE.id(), START, false, starts, duration, hours, seats, false);
    }

    public static SchoolClass school(String id, SchoolKind kind, int minAge, int maxAge, int seats) {
        return new SchoolClass(id, kind, EAST.id(), minAge, maxAge, seats, START, true, List.of(), 52, 25);
    }

    public static Placement placement(String id, PlacementKind kind, String sector, CefrLevel min, int slots,
                                      int hours, int duration) {
        return new Placement(id, kind, sector, min, hours, slots, START, duration, EAST.id());
    }

    /** An open offer (volunteer work, social participation) that states no cap, from {@link #START}. */
    public static Placement uncappedPlacement(String id, PlacementKind kind, int hours, int duration) {
        return new Placement(id, kind, "community", CefrLevel.NONE, hours, Optional.empty(), START, duration,
                EAST.id());
    }

    public static TrackRequirement housing(int earliestWeek) {
        return new TrackRequirement(TrackKind.HOUSING, week(earliestWeek), Optional.empty(), Set.of(), Set.of(),
                Set.of(), false, "HV-KOPPEL-01", Optional.empty(), false);
    }

    public static TrackRequirement language(int earliestWeek, CourseKind... kinds) {
        return new TrackRequirement(TrackKind.LANGUAGE, week(earliestWeek), Optional.empty(), Set.of(kinds), Set.of(),
                Set.of(), false, "WI21-ROUTE-B1", Optional.empty(), false);
    }

    public static TrackRequirement school(int earliestWeek, int deadlineWeek, SchoolKind... kinds) {
        return new TrackRequirement(TrackKind.EDUCATION, week(earliestWeek), Optional.of(week(deadlineWeek)),
                Set.of(), Set.of(kinds), Set.of(), false, "EDU-ASYL-01", Optional.empty(), true);
    }

    public static TrackRequirement work(int earliestWeek, PlacementKind... kinds) {
        return new TrackRequirement(TrackKind.WORK, week(earliestWeek), Optional.empty(), Set.of(), Set.of(),
                Set.of(kinds), false, "WI21-MAP-01", Optional.empty(), false);
    }

    public static Assessment assessment(String personId, int hoursLimit, TrackRequirement... tracks) {
        return new Assessment(personId, Optional.of(START), START, START, Regime.WI2021,
                new DutyDecision(true, DutyGround.LAWFUL_NON_TEMPORARY_RESIDENCE, "WI21-PLICHT-01b",
                        new LegalBasis("Wet inburgering 2021", Optional.of("BWBR0044770"), "3", Optional.of("1"),
                                "https://wetten.overheid.nl/BWBR0044770"), Optional.empty(), Optional.empty()),
                LearningRoute.B1, Optional.of(CefrLevel.B1), List.of(), List.of(), List.of(tracks), hoursLimit,
                List.of(), List.of());
    }

    public static Scenario scenario(int horizon, List<Household> households, List<Person> persons,
                                    List<Dwelling> dwellings, List<CourseGroup> courses, List<SchoolClass> schools,
                                    List<Placement> placements, List<HousingQuota> quotas) {
        return new Scenario("test", "Zaanstad", "Zaanstreek-Waterland", START, horizon, Optional.empty(),
                List.of(AZC, CENTRE, EAST), households, persons, List.of(), dwellings, courses, schools, placements,
                quotas);
    }

    /**
     * A small family scenario: two households (a couple with a child of 9; a single adult), two dwellings, one B1
     * course of 2 seats, a primary class, one traineeship in construction.
     */
    public static Scenario family() {
        return scenario(52, List.of(household("h1"), household("h2")),
                List.of(adult("a1", "h1", CefrLevel.A1, "construction"), adult("a2", "h1", CefrLevel.NONE),
                        child("c1", "h1", 9), adult("b1", "h2", CefrLevel.A2, "care")),
                List.of(dwelling("d1", 4, 3, 4), dwelling("d2", 2, 1, 1)),
                List.of(course("b1course", CourseKind.B1_ROUTE, 2, 20, 12)),
                List.of(school("prim", SchoolKind.PRIMARY_NEWCOMER_CLASS, 4, 12, 5)),
                List.of(placement("trainee", PlacementKind.TRAINEESHIP, "construction", CefrLevel.A1, 1, 16, 26)),
                List.of(new HousingQuota(2016, 1, 4)));
    }

    /** Assessments for {@link #family()}. */
    public static List<Assessment> familyAssessments() {
        return List.of(
                assessment("a1", 32, housing(0), language(0, CourseKind.B1_ROUTE), work(2, PlacementKind.TRAINEESHIP)),
                assessment("a2", 32, housing(0), language(0, CourseKind.B1_ROUTE)),
                assessment("c1", 32, housing(0), school(0, 12, SchoolKind.PRIMARY_NEWCOMER_CLASS)),
                assessment("b1", 32, housing(1), language(1, CourseKind.B1_ROUTE), work(0, PlacementKind.TRAINEESHIP)));
    }
}
