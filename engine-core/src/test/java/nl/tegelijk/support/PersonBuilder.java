package nl.tegelijk.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.CivicIntegrationFile;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Gender;
import nl.tegelijk.model.Health;
import nl.tegelijk.model.NationalityGroup;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Schooling;

/** Builds a valid adult permit holder by default; tests change only what they are about. */
public final class PersonBuilder {
    private String id = "P-1";
    private String householdId = "H-1";
    private LocalDate birthDate = LocalDate.of(1985, 6, 1);
    private ResidenceStatus status = ResidenceStatus.PERMIT_HOLDER;
    private PermitKind permitKind = PermitKind.ASYLUM_FIXED_TERM;
    private Optional<LocalDate> asylumApplication = Optional.of(LocalDate.of(2015, 10, 1));
    private Optional<LocalDate> permitGranted = Optional.of(LocalDate.of(2016, 3, 15));
    private Optional<LocalDate> linked = Optional.of(LocalDate.of(2016, 3, 29));
    private Accommodation accommodation = Accommodation.RECEPTION_CENTRE;

    public static PersonBuilder aPermitHolder(String id) {
        PersonBuilder b = new PersonBuilder();
        b.id = id;
        return b;
    }

    public PersonBuilder inHousehold(String householdId) {
        this.householdId = householdId;
        return this;
    }

    public PersonBuilder bornOn(LocalDate birthDate) {
        this.birthDate = birthDate;
        return this;
    }

    public PersonBuilder asylumSeeker() {
        status = ResidenceStatus.ASYLUM_SEEKER;
        permitKind = PermitKind.NONE;
        permitGranted = Optional.empty();
        linked = Optional.empty();
        return this;
    }

    public PersonBuilder livingIn(Accommodation accommodation) {
        this.accommodation = accommodation;
        return this;
    }

    public Person build() {
        return new Person(id, householdId, birthDate, Gender.UNKNOWN, "SYR", NationalityGroup.THIRD_COUNTRY, status,
                permitKind, asylumApplication, permitGranted, linked, Optional.empty(), Optional.empty(),
                new Schooling(10, EducationLevel.UPPER_SECONDARY, true, true, List.of()), Optional.empty(),
                CefrLevel.NONE, Optional.empty(), Optional.empty(), 5, List.of("construction"), Health.none(), false,
                accommodation, "L-AZC", false, 0, false, Optional.empty(),
                CivicIntegrationFile.NONE);
    }
}
