package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.CivicIntegrationFile;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.DutchDiploma;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.EducationKind;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.Gender;
import nl.tegelijk.model.Health;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Learnability;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.NationalityGroup;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.model.SchoolKind;
import nl.tegelijk.model.Schooling;
import nl.tegelijk.model.SupportNeed;

/**
 * The hand-written tutorial scenario: a dozen fictitious people in Zaanstad on Monday 2025-01-06 (Wet inburgering
 * 2021), each showing one rule or constraint at work. Nothing here is random.
 */
final class TutorialScenario {
    static final LocalDate START = LocalDate.of(2025, 1, 6);

    private TutorialScenario() {
    }

    static Scenario scenario() {
        List<Person> persons = new ArrayList<>();
        List<Household> households = new ArrayList<>();
        // H1: an illiterate adult: literacy first, then the Z route (WI21-ALFA-01, WI21-ROUTE-Z; case C15)
        households.add(household("H-000001", 1));
        persons.add(waiting("P-000001", "H-000001", LocalDate.of(1972, 3, 1), "AFG")
                .schooling(0, EducationLevel.NONE, false).learnability(Learnability.B1_NOT_ATTAINABLE).build());
        // H2: a family with a 6- and a 14-year-old: newcomer class and ISK (EDU-LEER-01, EDU-ISK-01); both parents on
        // the B1 route, whose only group has one seat: one parent waits for the next cohort
        households.add(household("H-000002", 4));
        persons.add(waiting("P-000002", "H-000002", LocalDate.of(1986, 5, 10), "SYR").work(8, "construction")
                .schooling(12, EducationLevel.UPPER_SECONDARY, true).learnability(Learnability.B1_ATTAINABLE).build());
        persons.add(waiting("P-000003", "H-000002", LocalDate.of(1988, 9, 2), "SYR").work(4, "care")
                .schooling(14, EducationLevel.HIGHER, true).learnability(Learnability.B1_ATTAINABLE).build());
        persons.add(waiting("P-000004", "H-000002", LocalDate.of(2018, 6, 15), "SYR")
                .schooling(1, EducationLevel.NONE, false).build());
        persons.add(waiting("P-000005", "H-000002", LocalDate.of(2010, 2, 20), "SYR")
                .schooling(6, EducationLevel.PRIMARY, true).build());
        // H3: an unaccompanied minor aged 16 in a small-scale unit, in ISK (AMV-PLACE-01, AMV-INB-01)
        households.add(household("H-000003", 1));
        persons.add(new Builder("P-000006", "H-000003", LocalDate.of(2008, 8, 1), "ERI")
                .permitHolder(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 17),
                        Optional.of(LocalDate.of(2024, 7, 15)))
                .lives(Accommodation.SMALL_SCALE_UNIT, "L-05").amv()
                .education(EducationKind.ISK).schooling(7, EducationLevel.PRIMARY, true).build());
        // H4: an asylum seeker pending 7 months: may take paid work with a TWV (WORK-AS-01)
        households.add(household("H-000004", 1));
        persons.add(new Builder("P-000007", "H-000004", LocalDate.of(1994, 11, 20), "YEM")
                .asylumSeeker(LocalDate.of(2024, 6, 3)).work(6, "logistics")
                .schooling(10, EducationLevel.UPPER_SECONDARY, true).build());
        // H5: an asylum seeker pending 3 months: no paid work yet, volunteer work is possible (WORK-AS-01, -03)
        households.add(household("H-000005", 1));
        persons.add(new Builder("P-000008", "H-000005", LocalDate.of(1999, 4, 12), "SYR")
                .asylumSeeker(LocalDate.of(2024, 10, 4)).work(2, "retail")
                .schooling(9, EducationLevel.LOWER_SECONDARY, true).build());
        // H6: a person over the state-pension (AOW) age: no integration duty (WI21-AGE-02; case C03); accessible
        households.add(new Household("H-000006", true, 1, Optional.empty()));
        persons.add(waiting("P-000009", "H-000006", LocalDate.of(1955, 1, 15), "SYR")
                .schooling(6, EducationLevel.PRIMARY, true)
                .health(new Health(Optional.of(8), true, false, true)).build());
        // H7: a Turkish national: obliged under the Wi2021 (WI21-EXCL-02); arrived earlier, on social assistance
        households.add(household("H-000007", 1));
        persons.add(new Builder("P-000010", "H-000007", LocalDate.of(1989, 7, 7), "TUR")
                .nationality(NationalityGroup.TURKISH)
                .permitHolder(LocalDate.of(2023, 1, 9), LocalDate.of(2023, 11, 6), LocalDate.of(2023, 11, 20),
                        Optional.of(LocalDate.of(2024, 4, 1)))
                .lives(Accommodation.DWELLING, "L-01").assistance(LocalDate.of(2024, 4, 1))
                .schooling(11, EducationLevel.UPPER_SECONDARY, true).learnability(Learnability.B1_ATTAINABLE)
                .work(10, "hospitality").dutch(CefrLevel.A1).build());
        // H8: an EU national (Polish): no integration duty (WI21-EXCL-01; case C07)
        households.add(household("H-000008", 1));
        persons.add(new Builder("P-000011", "H-000008", LocalDate.of(1995, 2, 28), "POL")
                .nationality(NationalityGroup.EU_EEA_SWISS).euResident(LocalDate.of(2024, 3, 1))
                .lives(Accommodation.DWELLING, "L-02").schooling(13, EducationLevel.VOCATIONAL, true)
                .work(7, "logistics").build());
        // H9: a permit holder with a Dutch havo diploma: exempt (WI21-VRIJ-02)
        households.add(household("H-000009", 1));
        persons.add(new Builder("P-000012", "H-000009", LocalDate.of(2003, 5, 1), "SYR")
                .permitHolder(LocalDate.of(2016, 1, 11), LocalDate.of(2016, 6, 20), LocalDate.of(2016, 7, 4),
                        Optional.of(LocalDate.of(2016, 10, 3)))
                .lives(Accommodation.DWELLING, "L-02").schoolYearsHere(5).dutch(CefrLevel.B2)
                .diploma(DutchDiploma.HAVO).schooling(13, EducationLevel.UPPER_SECONDARY, true)
                .education(EducationKind.HIGHER).build());
        // H10: a single parent of a toddler: childcare before the course (WI21-PIP-02)
        households.add(household("H-000010", 2));
        persons.add(waiting("P-000013", "H-000010", LocalDate.of(1997, 10, 3), "ERI").carer()
                .schooling(8, EducationLevel.LOWER_SECONDARY, true).learnability(Learnability.B1_NOT_ATTAINABLE)
                .build());
        persons.add(waiting("P-000014", "H-000010", LocalDate.of(2022, 12, 1), "ERI")
                .schooling(0, EducationLevel.NONE, false).build());
        // H11: a household of 6 that fits only one dwelling (D-0004: 4 rooms, 7 occupants)
        households.add(household("H-000011", 6));
        persons.add(waiting("P-000015", "H-000011", LocalDate.of(1980, 1, 20), "IRQ").work(15, "agriculture")
                .schooling(6, EducationLevel.PRIMARY, true).learnability(Learnability.B1_NOT_ATTAINABLE).build());
        persons.add(waiting("P-000016", "H-000011", LocalDate.of(1983, 6, 30), "IRQ")
                .schooling(9, EducationLevel.LOWER_SECONDARY, true).learnability(Learnability.B1_ATTAINABLE).build());
        for (int i = 0; i < 4; i++) {
            LocalDate birth = List.of(LocalDate.of(2019, 3, 3), LocalDate.of(2016, 4, 4), LocalDate.of(2013, 5, 5),
                    LocalDate.of(2009, 6, 6)).get(i);
            persons.add(waiting(String.format("P-%06d", 17 + i), "H-000011", birth, "IRQ")
                    .schooling(i == 0 ? 0 : 2024 - birth.getYear() - 6, i == 0 ? EducationLevel.NONE : EducationLevel.PRIMARY,
                            i > 0).build());
        }
        return new Scenario(BuiltInScenarios.TUTORIAL, "Zaanstad", "Zaanstreek/Waterland", START, 104,
                Optional.of(NOTES), locations(), households, persons, reports(), dwellings(), courses(), schools(),
                placements(), List.of(new HousingQuota(2025, 1, 8), new HousingQuota(2025, 2, 4),
                        new HousingQuota(2026, 1, 2), new HousingQuota(2026, 2, 2), new HousingQuota(2027, 1, 2)));
    }

    private static final String NOTES = """
            Tutorial: twenty fictitious people written out by hand, each household showing one rule or constraint: \
            H1 illiterate adult (literacy first, Z route), H2 family with a 6- and a 14-year-old (newcomer class, \
            ISK; the B1-route group C-002 has one seat, so one parent waits for the November cohort), H3 \
            unaccompanied minor aged 16, H4 asylum seeker pending 7 months (may take paid work, WORK-AS-01), H5 \
            asylum seeker pending 3 months (may not; volunteer work), H6 person over the AOW age (not obliged; needs \
            an accessible dwelling and has an 8-hour limit), H7 Turkish national (obliged under the Wi2021), H8 EU \
            national (not obliged), H9 permit holder with a Dutch havo diploma (exempt), H10 single parent of a \
            toddler (childcare), H11 household of 6 that fits only dwelling D-0004. Intake reports disagree on P-000009's \
            health (a conflict to resolve). Quota figures are tutorial-sized (assumption).""";

    private static Household household(String id, int size) {
        return new Household(id, false, PersonFactory.minimumRooms(size), Optional.empty());
    }

    /** A permit holder linked in October 2024 and waiting in a reception centre elsewhere. */
    private static Builder waiting(String id, String householdId, LocalDate birth, String country) {
        return new Builder(id, householdId, birth, country)
                .permitHolder(LocalDate.of(2024, 2, 5), LocalDate.of(2024, 9, 23), LocalDate.of(2024, 10, 7),
                        Optional.empty())
                .lives(Accommodation.RECEPTION_CENTRE, "L-04");
    }

    private static List<Location> locations() {
        return List.of(new Location("L-01", "Zaandam-Centrum", "Zaandam-Centrum", 52.4386, 4.8262),
                new Location("L-02", "Kogerveld", "Kogerveld", 52.4530, 4.8370),
                new Location("L-03", "COA reception location Zaandam", "Zaandam-Zuid", 52.4290, 4.8250),
                new Location("L-04", "AZC elsewhere (COA, other municipality)", "outside the municipality",
                        52.6640, 4.8300),
                new Location("L-05", "Small-scale unit for unaccompanied minors", "Zaandam-Oost", 52.4430, 4.8455),
                new Location("L-06", "Regional course centre Purmerend", "Purmerend", 52.5050, 4.9595));
    }

    private static List<Dwelling> dwellings() {
        return List.of(new Dwelling("D-0001", "L-01", LocalDate.of(2025, 2, 3), 1, 1, false),
                new Dwelling("D-0002", "L-02", LocalDate.of(2025, 3, 3), 2, 3, false),
                new Dwelling("D-0003", "L-01", LocalDate.of(2025, 4, 7), 3, 5, false),
                new Dwelling("D-0004", "L-02", LocalDate.of(2025, 6, 2), 4, 7, false),
                new Dwelling("D-0005", "L-01", LocalDate.of(2025, 2, 17), 2, 3, true),
                new Dwelling("D-0006", "L-02", LocalDate.of(2025, 9, 1), 3, 5, false));
    }

    private static List<CourseGroup> courses() {
        LocalDate from = LocalDate.of(2025, 1, 20);
        return List.of(new CourseGroup("C-001", CourseKind.LITERACY, "L-01", from, true, List.of(), 40, 12, 4, true),
                new CourseGroup("C-002", CourseKind.B1_ROUTE, "L-01", from, false,
                        List.of(from, LocalDate.of(2025, 11, 3)), 40, 12, 1, false),
                new CourseGroup("C-003", CourseKind.Z_ROUTE, "L-02", from, true, List.of(), 52, 8, 4, true),
                new CourseGroup("C-004", CourseKind.EDUCATION_ROUTE, "L-06", from, false,
                        List.of(LocalDate.of(2025, 9, 1)), 60, 26, 8, false),
                new CourseGroup("C-005", CourseKind.PRE_INTEGRATION, "L-03", LocalDate.of(2025, 1, 6), true,
                        List.of(), 16, 8, 10, false),
                new CourseGroup("C-006", CourseKind.NT2_ADULT_EDUCATION, "L-06", from, true, List.of(), 40, 6, 6,
                        false));
    }

    private static List<SchoolClass> schools() {
        LocalDate from = LocalDate.of(2025, 1, 6);
        return List.of(new SchoolClass("S-001", SchoolKind.PRIMARY_NEWCOMER_CLASS, "L-01", 4, 12, 8, from, true,
                        List.of(), 52, 22),
                new SchoolClass("S-002", SchoolKind.ISK, "L-02", 12, 18, 6, from, false,
                        List.of(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 9, 1)), 78, 26),
                new SchoolClass("S-003", SchoolKind.VOCATIONAL, "L-06", 16, 30, 4, from, false,
                        List.of(LocalDate.of(2025, 9, 1)), 52, 24));
    }

    private static List<Placement> placements() {
        LocalDate from = LocalDate.of(2025, 1, 6);
        return List.of(new Placement("W-0001", PlacementKind.PAID_JOB, "logistics", CefrLevel.NONE, 24, 2, from, 52,
                        "L-02"),
                new Placement("W-0002", PlacementKind.VOLUNTEER_WORK, "community", CefrLevel.NONE, 6, 3, from, 26,
                        "L-01"),
                new Placement("W-0003", PlacementKind.LABOUR_MARKET_MODULE, "labour-market orientation",
                        CefrLevel.NONE, 4, 10, from, 12, "L-01"),
                new Placement("W-0004", PlacementKind.RECEPTION_CENTRE_WORK, "reception centre", CefrLevel.NONE, 8,
                        4, from, 26, "L-03"),
                new Placement("W-0005", PlacementKind.TRAINEESHIP, "hospitality", CefrLevel.A1, 20, 1, from, 26,
                        "L-01"));
    }

    private static List<IntakeReport> reports() {
        LocalDate date = LocalDate.of(2024, 10, 21);
        return List.of(
                report("R-000001", "P-000001", IntakeParty.REFUGEE_SUPPORT_ORGANISATION, date, List.of(
                        finding(LifeDomain.LANGUAGE, NeedLevel.HIGH, SupportNeed.LITERACY_COURSE))),
                report("R-000002", "P-000001", IntakeParty.WORK_DEPARTMENT, date, List.of(
                        finding(LifeDomain.LANGUAGE, NeedLevel.HIGH, SupportNeed.LITERACY_COURSE),
                        finding(LifeDomain.WORK, NeedLevel.HIGH, SupportNeed.WORK_COACH))),
                report("R-000003", "P-000009", IntakeParty.SOCIAL_DISTRICT_TEAM, date, List.of(
                        finding(LifeDomain.HEALTH_AND_SAFETY, NeedLevel.HIGH, SupportNeed.MEDICAL_CARE))),
                report("R-000004", "P-000009", IntakeParty.REFUGEE_SUPPORT_ORGANISATION, date, List.of(
                        finding(LifeDomain.HEALTH_AND_SAFETY, NeedLevel.SOME, SupportNeed.MEDICAL_CARE))),
                report("R-000005", "P-000013", IntakeParty.SOCIAL_DISTRICT_TEAM, date, List.of(
                        finding(LifeDomain.PARTICIPATION, NeedLevel.SOME, SupportNeed.CHILDCARE))),
                report("R-000006", "P-000013", IntakeParty.WORK_DEPARTMENT, date, List.of(
                        finding(LifeDomain.WORK, NeedLevel.SOME, SupportNeed.CHILDCARE, SupportNeed.WORK_COACH))),
                report("R-000007", "P-000006", IntakeParty.SOCIAL_DISTRICT_TEAM, LocalDate.of(2024, 7, 29), List.of(
                        finding(LifeDomain.EDUCATION, NeedLevel.HIGH, SupportNeed.MENTOR))));
    }

    private static IntakeReport report(String id, String personId, IntakeParty party, LocalDate date,
                                       List<Finding> findings) {
        return new IntakeReport(id, personId, party, date, findings, List.of("Motivated to learn Dutch."),
                List.of("Wants to start a language course soon."));
    }

    private static Finding finding(LifeDomain domain, NeedLevel level, SupportNeed... needs) {
        return new Finding(domain, level, List.of(needs), Optional.empty());
    }

    /** Fills in a person field by field; defaults are a literate adult with no Dutch and no limits. */
    private static final class Builder {
        private final String id;
        private final String householdId;
        private final LocalDate birth;
        private final String country;
        private NationalityGroup nationality = NationalityGroup.THIRD_COUNTRY;
        private ResidenceStatus status = ResidenceStatus.PERMIT_HOLDER;
        private PermitKind permitKind = PermitKind.ASYLUM_FIXED_TERM;
        private Optional<LocalDate> application = Optional.empty();
        private Optional<LocalDate> permit = Optional.empty();
        private Optional<LocalDate> linked = Optional.empty();
        private Optional<LocalDate> arrival = Optional.empty();
        private Optional<LocalDate> assistance = Optional.empty();
        private Schooling schooling = new Schooling(10, EducationLevel.UPPER_SECONDARY, true, true, List.of());
        private List<DutchDiploma> diplomas = List.of();
        private Optional<EducationKind> education = Optional.empty();
        private CefrLevel dutch = CefrLevel.NONE;
        private Optional<Learnability> learnability = Optional.empty();
        private int experience;
        private List<String> skills = List.of();
        private Health health = Health.none();
        private boolean carer;
        private Accommodation accommodation = Accommodation.RECEPTION_CENTRE;
        private String locationId = "L-03";
        private boolean amv;
        private int schoolYearsHere;

        Builder(String id, String householdId, LocalDate birth, String country) {
            this.id = id;
            this.householdId = householdId;
            this.birth = birth;
            this.country = country;
        }

        Builder nationality(NationalityGroup group) {
            nationality = group;
            return this;
        }

        Builder permitHolder(LocalDate applied, LocalDate granted, LocalDate linkedOn, Optional<LocalDate> arrived) {
            status = ResidenceStatus.PERMIT_HOLDER;
            permitKind = PermitKind.ASYLUM_FIXED_TERM;
            application = Optional.of(applied);
            permit = Optional.of(granted);
            linked = Optional.of(linkedOn);
            arrival = arrived;
            return this;
        }

        Builder asylumSeeker(LocalDate applied) {
            status = ResidenceStatus.ASYLUM_SEEKER;
            permitKind = PermitKind.NONE;
            application = Optional.of(applied);
            accommodation = Accommodation.RECEPTION_CENTRE;
            locationId = "L-03";
            return this;
        }

        Builder euResident(LocalDate registered) {
            status = ResidenceStatus.OTHER_RESIDENT;
            permitKind = PermitKind.EU_FREE_MOVEMENT;
            arrival = Optional.of(registered);
            return this;
        }

        Builder lives(Accommodation where, String location) {
            accommodation = where;
            locationId = location;
            return this;
        }

        Builder assistance(LocalDate from) {
            assistance = Optional.of(from);
            return this;
        }

        Builder schooling(int years, EducationLevel level, boolean latin) {
            schooling = new Schooling(years, level, latin, latin, diplomas);
            return this;
        }

        Builder diploma(DutchDiploma diploma) {
            diplomas = List.of(diploma);
            return this;
        }

        Builder education(EducationKind kind) {
            education = Optional.of(kind);
            return this;
        }

        Builder dutch(CefrLevel level) {
            dutch = level;
            return this;
        }

        Builder learnability(Learnability result) {
            learnability = Optional.of(result);
            return this;
        }

        Builder work(int years, String skill) {
            experience = years;
            skills = List.of(skill);
            return this;
        }

        Builder health(Health newHealth) {
            health = newHealth;
            return this;
        }

        Builder carer() {
            carer = true;
            return this;
        }

        Builder amv() {
            amv = true;
            return this;
        }

        Builder schoolYearsHere(int years) {
            schoolYearsHere = years;
            return this;
        }

        Person build() {
            Schooling withDiplomas = new Schooling(schooling.years(), schooling.highestLevel(), schooling.literate(),
                    schooling.literateLatinScript(), diplomas);
            return new Person(id, householdId, birth, Gender.UNKNOWN, country, nationality, status, permitKind,
                    application, permit, linked, arrival, assistance, withDiplomas, education, dutch, learnability,
                    Optional.empty(), experience, skills, health, carer, accommodation, locationId, amv,
                    schoolYearsHere, false, Optional.empty(),
                CivicIntegrationFile.NONE);
        }
    }
}
