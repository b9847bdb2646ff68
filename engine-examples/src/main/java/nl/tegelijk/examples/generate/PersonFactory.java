package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.CivicIntegrationFile;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Dispensation;
import nl.tegelijk.model.DutchDiploma;
import nl.tegelijk.model.EducationKind;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Gender;
import nl.tegelijk.model.Health;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Learnability;
import nl.tegelijk.model.Person;

/**
 * Draws the personal attributes of generated persons. No attribute a rule reads depends on gender: gender is drawn
 * last, from its own sequence. Not thread-safe: one instance per generation.
 */
final class PersonFactory {

    /** Sectors used for skills and placements (free codes). */
    static final List<String> SECTORS = List.of("logistics", "retail", "hospitality", "construction", "manufacturing",
            "cleaning", "agriculture", "transport", "care", "technology", "education", "administration");
    private static final double[] SECTORS_LOWER = {14, 12, 14, 14, 12, 10, 9, 8, 5, 1, 0.5, 0.5};
    private static final double[] SECTORS_HIGHER = {5, 8, 6, 6, 6, 2, 2, 4, 16, 18, 14, 13};
    /** Adult ages 18–24 / 25–34 / 35–44 / 45–54 / 55–64 / 65–79 (assumption; very few 60+, DOMAIN.md 8.3). */
    private static final double[] ADULT_AGE_BANDS = {0.28, 0.34, 0.20, 0.10, 0.05, 0.03};
    private static final int[][] ADULT_AGE_RANGES = {{18, 24}, {25, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 79}};

    private final GeneratorSettings settings;
    private final Draw draw;
    private final Draw genderDraw;
    private final LocalDate start;

    PersonFactory(GeneratorSettings settings, Draw draw, Draw genderDraw) {
        this.settings = settings;
        this.draw = draw;
        this.genderDraw = genderDraw;
        this.start = settings.planStart();
    }

    static int adultAge(Draw draw) {
        int[] range = ADULT_AGE_RANGES[draw.weighted(ADULT_AGE_BANDS)];
        return draw.between(range[0], range[1]);
    }

    /** The household record: rooms by size (local-policy assumption), accessibility from an impaired member. */
    Household household(String id, List<Person> members, MunicipalityMap map) {
        boolean impaired = members.stream().anyMatch(p -> p.health().permanentImpairment());
        boolean accessible = impaired && draw.chance(0.5);
        Optional<String> preferred = draw.chance(0.2)
                ? Optional.of(draw.pick(map.housingDistricts()).district()) : Optional.empty();
        return new Household(id, accessible, minimumRooms(members.size()), preferred);
    }

    /** Rooms a household of this size needs: 1, 2, 3 for 3–4, 4 for 5–6, 5 for 7+ (local-policy assumption). */
    static int minimumRooms(int size) {
        if (size <= 2) {
            return size;
        }
        return size <= 4 ? 3 : size <= 6 ? 4 : 5;
    }

    List<Person> members(String householdId, List<MemberDraft> drafts, Origin origin, int offset) {
        int carer = -1;
        boolean toddler = drafts.stream().anyMatch(m -> m.role() == MemberDraft.Role.CHILD && age(m) < 4);
        if (toddler) {
            List<Integer> adults = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                if (drafts.get(i).role() != MemberDraft.Role.CHILD) {
                    adults.add(i);
                }
            }
            carer = draw.pick(adults); // either parent, whatever their gender
        }
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            persons.add(person(String.format("P-%06d", offset + i + 1), householdId, drafts.get(i), origin,
                    i == carer));
        }
        assignGenders(persons, drafts, origin);
        return persons;
    }

    private int age(MemberDraft m) {
        return (int) ChronoUnit.YEARS.between(m.birthDate(), start);
    }

    private Person person(String id, String householdId, MemberDraft m, Origin origin, boolean carer) {
        int age = age(m);
        boolean adult = age >= 18;
        Optional<EducationKind> education = currentEducation(m, age);
        nl.tegelijk.model.Schooling schooling = adult ? adultSchooling(origin, age, m) : minorSchooling(age, m);
        Health health = health(m, age);
        int experience = adult && draw.chance(0.7) ? draw.between(1, Math.max(1, Math.min(25, age - 16))) : 0;
        List<String> skills = experience == 0 ? List.of() : skills(schooling.highestLevel());
        Optional<LocalDate> assistance = adult && m.arrival().isPresent()
                && age(m.birthDate(), m.arrival().get()) >= 18 && draw.chance(0.9) ? m.arrival() : Optional.empty();
        Optional<Dispensation> dispensation = health.permanentImpairment() && adult
                && m.stage(start) == StatusStage.ARRIVED_EARLIER && draw.chance(0.3)
                ? Optional.of(Dispensation.MEDICAL) : Optional.empty();
        return new Person(id, householdId, m.birthDate(), Gender.UNKNOWN, origin.iso3(), origin.nationalityGroup(),
                m.status(), m.permitKind(), m.application(), m.permit(), m.linked(), m.arrival(), assistance,
                schooling, education, dutchLevel(m, age, adult), learnability(m, age, schooling, health),
                dispensation, experience, skills, health, carer, m.accommodation(), m.locationId(),
                m.role() == MemberDraft.Role.MINOR_ALONE, yearsDuringSchoolAge(m), false, m.expectedPermit(),
                CivicIntegrationFile.NONE);
    }

    private static int age(LocalDate birth, LocalDate on) {
        return (int) ChronoUnit.YEARS.between(birth, on);
    }

    private nl.tegelijk.model.Schooling adultSchooling(Origin origin, int age, MemberDraft m) {
        EducationLevel level = EducationLevel.values()[draw.weighted(origin.profile().schoolingWeights())];
        int years = switch (level) {
            case NONE -> draw.chance(0.8) ? 0 : draw.between(1, 3);
            case PRIMARY -> draw.between(4, 6);
            case LOWER_SECONDARY -> draw.between(7, 9);
            case UPPER_SECONDARY -> draw.between(10, 12);
            case VOCATIONAL -> draw.between(11, 14);
            case HIGHER -> draw.between(14, 18);
        };
        years = Math.min(years, Math.max(0, age - 5));
        boolean literate = level != EducationLevel.NONE || draw.chance(0.3);
        boolean latin = switch (level) {
            case NONE -> false;
            case PRIMARY -> draw.chance(0.75);
            case LOWER_SECONDARY -> draw.chance(0.95);
            default -> true;
        };
        return new nl.tegelijk.model.Schooling(years, level, literate, latin, diplomas(m, age));
    }

    /** A few who arrived earlier hold a Dutch diploma (assumption). */
    private List<DutchDiploma> diplomas(MemberDraft m, int age) {
        if (m.stage(start) != StatusStage.ARRIVED_EARLIER) {
            return List.of();
        }
        boolean yearHere = !m.arrival().get().isAfter(start.minusWeeks(52));
        if (yearHere && draw.chance(0.03)) {
            return List.of(DutchDiploma.INBURGERINGSDIPLOMA);
        }
        if (age <= 25 && draw.chance(0.015)) {
            return List.of(draw.chance(0.6) ? DutchDiploma.MBO_ENTREE : DutchDiploma.MBO_2_OR_HIGHER);
        }
        return List.of();
    }

    private nl.tegelijk.model.Schooling minorSchooling(int age, MemberDraft m) {
        int years = Math.max(0, age - 6 - (draw.chance(0.3) ? draw.between(1, 3) : 0));
        EducationLevel level = years == 0 ? EducationLevel.NONE
                : years <= 6 ? EducationLevel.PRIMARY : EducationLevel.LOWER_SECONDARY;
        boolean literate = years > 0;
        boolean latin = literate && (inSchoolSince(m, 26) || draw.chance(0.6));
        return new nl.tegelijk.model.Schooling(years, level, literate, latin, List.of());
    }

    /** Children go to school within 3 months of arrival (EDU-ASYL-01): those here longer are in school already. */
    private Optional<EducationKind> currentEducation(MemberDraft m, int age) {
        if (age < 4) {
            return Optional.empty();
        }
        if (age < 18) {
            if (!inSchoolSince(m, 12) || (age == 4 && draw.chance(0.4))) {
                return Optional.empty();
            }
            if (age < 12) {
                return Optional.of(EducationKind.PRIMARY);
            }
            return Optional.of(inSchoolSince(m, 78) && draw.chance(0.4) ? EducationKind.SECONDARY : EducationKind.ISK);
        }
        if (age <= 27 && m.stage(start) == StatusStage.ARRIVED_EARLIER) {
            double u = draw.uniform();
            if (u < 0.06) {
                return Optional.of(EducationKind.MBO_2_OR_HIGHER);
            }
            if (u < 0.10) {
                return Optional.of(EducationKind.ADULT_EDUCATION);
            }
        }
        return Optional.empty();
    }

    private boolean inSchoolSince(MemberDraft m, int weeks) {
        LocalDate since = m.arrival().orElse(m.inNetherlandsSince());
        return !since.isAfter(start.minusWeeks(weeks));
    }

    private CefrLevel dutchLevel(MemberDraft m, int age, boolean adult) {
        if (age < 4) {
            return CefrLevel.NONE;
        }
        long weeksHere = ChronoUnit.WEEKS.between(m.inNetherlandsSince(), start);
        if (!adult) {
            if (weeksHere >= 78 && draw.chance(0.5)) {
                return CefrLevel.A2;
            }
            return weeksHere >= 26 ? CefrLevel.A1 : CefrLevel.NONE;
        }
        if (m.stage(start) == StatusStage.ARRIVED_EARLIER && weeksHere >= 78) {
            double u = draw.uniform();
            if (u < 0.03) {
                return CefrLevel.B1;
            }
            if (u < 0.18) {
                return CefrLevel.A2;
            }
        }
        return draw.chance(Math.min(0.5, weeksHere / 200.0)) ? CefrLevel.A1 : CefrLevel.NONE;
    }

    /**
     * The learnability test result (Wi2021 only, WI21-LBT-01): for adult permit holders whose permit dates from
     * 2022 and whose broad intake took place (linked or arrived). From schooling, script and age; never gender.
     */
    private Optional<Learnability> learnability(MemberDraft m, int age, nl.tegelijk.model.Schooling schooling,
                                                Health health) {
        boolean wi2021Permit = m.permit().map(p -> !p.isBefore(LocalDate.of(2022, 1, 1))).orElse(false);
        boolean intakeDone = m.stage(start) == StatusStage.ARRIVED_EARLIER
                || (m.stage(start) == StatusStage.LINKED_WAITING && draw.chance(0.85));
        if (!settings.wi2021() || !wi2021Permit || !intakeDone || age < 18 || age >= 67) {
            return Optional.empty();
        }
        if (health.permanentImpairment() && draw.chance(0.2)) {
            return Optional.of(Learnability.SKIPPED_SENSORY_IMPAIRMENT);
        }
        int score = schooling.years() + (schooling.literateLatinScript() ? 3 : 0) - (age > 45 ? 3 : 0)
                + draw.between(-3, 3);
        return Optional.of(score >= 10 ? Learnability.B1_ATTAINABLE : Learnability.B1_NOT_ATTAINABLE);
    }

    /** A minority with a limit on weekly hours or a mental-health concern; TB screening mostly done (HLTH-TBC-01). */
    private Health health(MemberDraft m, int age) {
        boolean adult = age >= 18;
        Optional<Integer> limit = adult && draw.chance(0.08)
                ? Optional.of(draw.pick(List.of(8, 12, 16, 20))) : Optional.empty();
        boolean impairment = draw.chance(adult ? 0.02 : 0.01);
        double concern = m.role() == MemberDraft.Role.MINOR_ALONE ? 0.18 : adult ? 0.12 : 0.05;
        boolean mental = draw.chance(concern);
        boolean recent = m.status() == nl.tegelijk.model.ResidenceStatus.ASYLUM_SEEKER
                && m.inNetherlandsSince().isAfter(start.minusWeeks(3));
        boolean tb = draw.chance(recent ? 0.5 : 0.97);
        return new Health(limit, impairment, mental, tb);
    }

    private List<String> skills(EducationLevel level) {
        double[] weights = level == EducationLevel.HIGHER || level == EducationLevel.VOCATIONAL
                ? SECTORS_HIGHER : SECTORS_LOWER;
        String first = SECTORS.get(draw.weighted(weights));
        if (draw.chance(0.35)) {
            String second = SECTORS.get(draw.weighted(weights));
            if (!second.equals(first)) {
                return List.of(first, second);
            }
        }
        return List.of(first);
    }

    /** Whole years in the Netherlands between the 5th and the 18th birthday, counted from the first day here. */
    private int yearsDuringSchoolAge(MemberDraft m) {
        LocalDate from = max(m.inNetherlandsSince(), m.birthDate().plusYears(5));
        LocalDate to = min(start, m.birthDate().plusYears(18));
        return from.isBefore(to) ? (int) ChronoUnit.YEARS.between(from, to) : 0;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Gender, drawn from its own sequence after everything else: partners one man and one woman in random order,
     * others by the origin's share of men among single adults, children half and half. Reporting only.
     */
    private void assignGenders(List<Person> persons, List<MemberDraft> drafts, Origin origin) {
        boolean partners = drafts.stream().anyMatch(d -> d.role() == MemberDraft.Role.PARTNER);
        boolean mainMale = partners ? genderDraw.chance(0.5) : genderDraw.chance(origin.profile().singleMaleShare());
        for (int i = 0; i < persons.size(); i++) {
            MemberDraft.Role role = drafts.get(i).role();
            boolean male = switch (role) {
                case MAIN -> mainMale;
                case PARTNER -> !mainMale;
                case MINOR_ALONE -> genderDraw.chance(0.8);
                case CHILD -> genderDraw.chance(0.51);
            };
            persons.set(i, withGender(persons.get(i), male ? Gender.MALE : Gender.FEMALE));
        }
    }

    private static Person withGender(Person p, Gender gender) {
        return p.toBuilder().gender(gender).build();
    }
}
