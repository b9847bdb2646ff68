package nl.tegelijk.rules.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import nl.tegelijk.model.CivicIntegrationFile;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Dispensation;
import nl.tegelijk.model.DutchDiploma;
import nl.tegelijk.model.EducationKind;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Gender;
import nl.tegelijk.model.Health;
import nl.tegelijk.model.Learnability;
import nl.tegelijk.model.NationalityGroup;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Schooling;

/**
 * Valid newcomers for property tests, from a seed: every status, permit kind, age band and both regimes occur. The
 * jqwik arbitraries wrap the seed so that a failing case can be replayed.
 */
public final class RandomPersons {
    private RandomPersons() {
    }

    /** Reference dates from 2014 to 2030. */
    public static Arbitrary<LocalDate> referenceDates() {
        return Arbitraries.integers().between(0, 16 * 365).map(d -> LocalDate.of(2014, 1, 1).plusDays(d));
    }

    /** Persons valid on {@code ref}. */
    public static Arbitrary<Person> persons(LocalDate ref) {
        return Arbitraries.longs().map(seed -> person(new Random(seed), ref, "p-" + Long.toHexString(seed)));
    }

    /** One person valid on {@code ref}, drawn from {@code r}. */
    public static Person person(Random r, LocalDate ref, String id) {
        LocalDate birth = ref.minusDays(r.nextInt(80 * 365));
        ResidenceStatus status = ResidenceStatus.values()[r.nextInt(3)];
        PermitKind kind;
        NationalityGroup nationality = r.nextInt(10) == 0 ? NationalityGroup.TURKISH : NationalityGroup.THIRD_COUNTRY;
        if (status == ResidenceStatus.ASYLUM_SEEKER) {
            kind = PermitKind.NONE;
        } else if (status == ResidenceStatus.PERMIT_HOLDER) {
            kind = r.nextBoolean() ? PermitKind.ASYLUM_FIXED_TERM : PermitKind.ASYLUM_DEPENDENT;
        } else {
            kind = List.of(PermitKind.REGULAR_FAMILY_OF_ASYLUM_HOLDER, PermitKind.REGULAR_FAMILY, PermitKind.REGULAR_OTHER,
                    PermitKind.REGULAR_TEMPORARY_PURPOSE, PermitKind.EU_FREE_MOVEMENT).get(r.nextInt(5));
            if (kind == PermitKind.EU_FREE_MOVEMENT) {
                nationality = NationalityGroup.EU_EEA_SWISS;
            }
        }
        LocalDate application = ref.minusDays(30 + r.nextInt(5 * 365));
        Optional<LocalDate> permit = kind == PermitKind.NONE || kind == PermitKind.EU_FREE_MOVEMENT ? Optional.empty()
                : Optional.of(later(birth, application.plusDays(r.nextInt(400))));
        boolean inDwelling = status != ResidenceStatus.ASYLUM_SEEKER && r.nextBoolean();
        Optional<LocalDate> linked = status == ResidenceStatus.PERMIT_HOLDER && r.nextBoolean()
                ? permit.map(d -> d.plusDays(14)) : Optional.empty();
        Optional<LocalDate> arrival = r.nextBoolean() ? Optional.of(application.plusDays(r.nextInt(200)))
                : Optional.empty();
        boolean literate = r.nextInt(5) != 0;
        List<DutchDiploma> diplomas = new ArrayList<>();
        if (r.nextInt(12) == 0) {
            diplomas.add(DutchDiploma.values()[r.nextInt(DutchDiploma.values().length)]);
        }
        Schooling schooling = new Schooling(r.nextInt(16), EducationLevel.values()[r.nextInt(EducationLevel.values().length)],
                literate, literate && r.nextInt(4) != 0, diplomas);
        Optional<EducationKind> education = r.nextInt(6) == 0
                ? Optional.of(EducationKind.values()[r.nextInt(EducationKind.values().length)]) : Optional.empty();
        Optional<Learnability> learnability = r.nextInt(4) == 0 ? Optional.empty()
                : Optional.of(Learnability.values()[r.nextInt(Learnability.values().length)]);
        Optional<Dispensation> dispensation = r.nextInt(20) == 0
                ? Optional.of(Dispensation.values()[r.nextInt(Dispensation.values().length)]) : Optional.empty();
        Health health = new Health(r.nextInt(8) == 0 ? Optional.of(8 + r.nextInt(30)) : Optional.empty(),
                r.nextInt(20) == 0, r.nextInt(6) == 0, r.nextInt(4) != 0);
        int age = java.time.Period.between(birth, ref).getYears();
        return new Person(id, "h-" + id, birth, Gender.values()[r.nextInt(Gender.values().length)],
                List.of("SYR", "ERI", "AFG", "IRQ", "TUR", "POL").get(r.nextInt(6)), nationality, status, kind,
                status == ResidenceStatus.ASYLUM_SEEKER || status == ResidenceStatus.PERMIT_HOLDER
                        ? Optional.of(application) : Optional.empty(),
                permit, linked, arrival,
                status != ResidenceStatus.ASYLUM_SEEKER && age >= 18 && r.nextBoolean()
                        ? Optional.of(ref.minusDays(r.nextInt(300))) : Optional.empty(),
                schooling, education, CefrLevel.values()[r.nextInt(4)], learnability, dispensation, r.nextInt(20),
                List.of(), health, age >= 18 && r.nextInt(4) == 0,
                inDwelling ? Accommodation.DWELLING : Accommodation.RECEPTION_CENTRE, "loc-1",
                age < 18 && status != ResidenceStatus.OTHER_RESIDENT && r.nextInt(5) == 0, r.nextInt(10),
                r.nextInt(30) == 0, Optional.empty(), CivicIntegrationFile.NONE);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
