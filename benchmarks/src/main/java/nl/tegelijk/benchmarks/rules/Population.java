package nl.tegelijk.benchmarks.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.model.CivicIntegrationFile;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Gender;
import nl.tegelijk.model.Health;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Learnability;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NationalityGroup;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Schooling;
import nl.tegelijk.model.SupportNeed;

/**
 * A deterministic, seeded population of integral profiles for the rules benchmark: asylum seekers, permit holders
 * and other residents of all ages, under both regimes. Same seed, same population. Not thread-safe (one per thread).
 */
public final class Population {
    private Population() {
    }

    /** {@code size} profiles drawn with {@code seed}, for assessment on {@code ref}. */
    public static List<IntegralProfile> generate(int size, long seed, LocalDate ref) {
        Random r = new Random(seed);
        List<IntegralProfile> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Person p = person(r, ref, "p" + i);
            List<Finding> findings = List.of(new Finding(LifeDomain.HEALTH_AND_SAFETY,
                    r.nextInt(5) == 0 ? NeedLevel.SOME : NeedLevel.NONE,
                    r.nextInt(5) == 0 ? List.of(SupportNeed.MENTAL_HEALTH_REFERRAL) : List.of(), Optional.empty()));
            IntakeReport report = new IntakeReport("r" + i, p.id(), IntakeParty.SOCIAL_DISTRICT_TEAM, ref, findings,
                    List.of(), List.of());
            out.add(IntakeMerger.merge(p, new Household(p.householdId(), false, 1, Optional.empty()),
                    1 + r.nextInt(5), List.of(report)));
        }
        return out;
    }

    private static Person person(Random r, LocalDate ref, String id) {
        LocalDate birth = ref.minusDays(r.nextInt(75 * 365));
        int kind = r.nextInt(10);
        ResidenceStatus status = kind < 3 ? ResidenceStatus.ASYLUM_SEEKER
                : kind < 8 ? ResidenceStatus.PERMIT_HOLDER : ResidenceStatus.OTHER_RESIDENT;
        PermitKind permitKind = status == ResidenceStatus.ASYLUM_SEEKER ? PermitKind.NONE
                : status == ResidenceStatus.PERMIT_HOLDER ? PermitKind.ASYLUM_FIXED_TERM
                : r.nextBoolean() ? PermitKind.REGULAR_FAMILY : PermitKind.EU_FREE_MOVEMENT;
        NationalityGroup nationality = permitKind == PermitKind.EU_FREE_MOVEMENT ? NationalityGroup.EU_EEA_SWISS
                : r.nextInt(20) == 0 ? NationalityGroup.TURKISH : NationalityGroup.THIRD_COUNTRY;
        LocalDate application = ref.minusDays(30 + r.nextInt(4 * 365));
        Optional<LocalDate> permit = permitKind == PermitKind.NONE || permitKind == PermitKind.EU_FREE_MOVEMENT
                ? Optional.empty() : Optional.of(application.plusDays(r.nextInt(300)).isAfter(birth)
                ? application.plusDays(r.nextInt(300)) : birth);
        boolean literate = r.nextInt(5) != 0;
        int age = Period.between(birth, ref).getYears();
        return new Person(id, "h" + id, birth, Gender.values()[r.nextInt(4)], "SYR", nationality, status, permitKind,
                status == ResidenceStatus.OTHER_RESIDENT ? Optional.empty() : Optional.of(application), permit,
                status == ResidenceStatus.PERMIT_HOLDER && r.nextBoolean() ? permit.map(d -> d.plusDays(14))
                        : Optional.empty(),
                r.nextBoolean() ? Optional.of(application.plusDays(r.nextInt(100))) : Optional.empty(),
                status == ResidenceStatus.PERMIT_HOLDER && age >= 18 && r.nextBoolean()
                        ? Optional.of(ref.minusDays(r.nextInt(200))) : Optional.empty(),
                new Schooling(r.nextInt(16), EducationLevel.values()[r.nextInt(6)], literate,
                        literate && r.nextInt(4) != 0, List.of()),
                Optional.empty(), CefrLevel.values()[r.nextInt(3)],
                r.nextInt(4) == 0 ? Optional.empty() : Optional.of(Learnability.values()[r.nextInt(3)]),
                Optional.empty(), r.nextInt(20), List.of(),
                new Health(r.nextInt(10) == 0 ? Optional.of(20) : Optional.empty(), false, r.nextInt(8) == 0,
                        r.nextInt(4) != 0),
                age >= 18 && r.nextInt(4) == 0,
                status != ResidenceStatus.ASYLUM_SEEKER && r.nextBoolean() ? Accommodation.DWELLING
                        : Accommodation.RECEPTION_CENTRE,
                "loc", age < 18 && status != ResidenceStatus.OTHER_RESIDENT && r.nextInt(6) == 0, r.nextInt(10), false,
                Optional.empty(), CivicIntegrationFile.NONE);
    }

}
