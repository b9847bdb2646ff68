package nl.tegelijk.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A newcomer (<i>nieuwkomer</i>): the facts the law keys on, under a pseudonymous id. Names are never held.
 *
 * <p>{@code gender} and {@code countryOfOrigin} are kept for reporting only; no rule and no constraint reads them.
 * Religion is deliberately not part of the model (GDPR art. 9, data minimisation).
 *
 * @param id pseudonymous identifier, unique in the scenario
 * @param householdId the household the person belongs to
 * @param birthDate date of birth
 * @param gender gender as registered (reporting only)
 * @param countryOfOrigin ISO 3166-1 alpha-3 code of the country of origin (reporting only)
 * @param nationalityGroup nationality as far as the law distinguishes it
 * @param status asylum seeker, permit holder or other resident on the plan start (for an expected arrival: on the
 *     day of linking)
 * @param permitKind the kind of residence right
 * @param asylumApplicationDate date the asylum application was lodged
 * @param permitGrantedDate date the residence right was made known by the IND (<i>vergunningverlening</i>)
 * @param linkedToMunicipalityDate date COA linked the person to this municipality (<i>koppeling</i>)
 * @param arrivalInMunicipalityDate date the person was registered in the municipality (BRP)
 * @param socialAssistanceFrom date the right to social assistance (<i>bijstand</i>, Participatiewet) started
 * @param schooling schooling, literacy and Dutch diplomas
 * @param currentEducation the education the person follows now
 * @param dutchLevel current level of Dutch
 * @param learnability learnability test result, when known
 * @param dispensation a dispensation already granted by DUO
 * @param workExperienceYears years of work experience
 * @param skills sectors the person has skills or experience in (free codes such as {@code "construction"})
 * @param health minimal health and care facts
 * @param caresForYoungChildren cares for children below school age
 * @param accommodation where the person lives now
 * @param locationId the location of that accommodation
 * @param unaccompaniedMinor an unaccompanied minor (<i>alleenstaande minderjarige vreemdeling</i>, amv)
 * @param yearsInNetherlandsDuringSchoolAge years lived in the Netherlands while of compulsory-school age
 * @param integratedInOtherEuState met an integration requirement for long-term residence in another EU state
 * @param expectedPermitDate for an asylum seeker: the date the IND decision granting an asylum permit is expected
 *     (<i>verwachte beschikking</i>), after the plan start; empty when no decision is expected within view
 * @param civicIntegration the case worker's civic-integration file: DUO notification, personal plan and its
 *        amendments, course hours and effort ({@link CivicIntegrationFile#NONE} when nothing is recorded; absent in
 *        JSON means none)
 */
public record Person(
        String id,
        String householdId,
        LocalDate birthDate,
        Gender gender,
        String countryOfOrigin,
        NationalityGroup nationalityGroup,
        ResidenceStatus status,
        PermitKind permitKind,
        Optional<LocalDate> asylumApplicationDate,
        Optional<LocalDate> permitGrantedDate,
        Optional<LocalDate> linkedToMunicipalityDate,
        Optional<LocalDate> arrivalInMunicipalityDate,
        Optional<LocalDate> socialAssistanceFrom,
        Schooling schooling,
        Optional<EducationKind> currentEducation,
        CefrLevel dutchLevel,
        Optional<Learnability> learnability,
        Optional<Dispensation> dispensation,
        int workExperienceYears,
        List<String> skills,
        Health health,
        boolean caresForYoungChildren,
        Accommodation accommodation,
        String locationId,
        boolean unaccompaniedMinor,
        int yearsInNetherlandsDuringSchoolAge,
        boolean integratedInOtherEuState,
        Optional<LocalDate> expectedPermitDate,
        CivicIntegrationFile civicIntegration) {

    /**
     * Checks every component and throws all problems at once.
     *
     * @throws nl.tegelijk.scenario.InvalidScenarioException naming each missing or impossible field
     */
    public Person {
        RecordCheck check = RecordCheck.of("person", id);
        check.required(householdId, "householdId");
        check.required(birthDate, "birthDate");
        check.required(gender, "gender");
        check.required(countryOfOrigin, "countryOfOrigin");
        check.required(nationalityGroup, "nationalityGroup");
        check.required(status, "status");
        check.required(permitKind, "permitKind");
        asylumApplicationDate = check.optional(asylumApplicationDate, "asylumApplicationDate");
        permitGrantedDate = check.optional(permitGrantedDate, "permitGrantedDate");
        linkedToMunicipalityDate = check.optional(linkedToMunicipalityDate, "linkedToMunicipalityDate");
        arrivalInMunicipalityDate = check.optional(arrivalInMunicipalityDate, "arrivalInMunicipalityDate");
        socialAssistanceFrom = check.optional(socialAssistanceFrom, "socialAssistanceFrom");
        check.required(schooling, "schooling");
        currentEducation = check.optional(currentEducation, "currentEducation");
        check.required(dutchLevel, "dutchLevel");
        learnability = check.optional(learnability, "learnability");
        dispensation = check.optional(dispensation, "dispensation");
        check.notNegative(workExperienceYears, "workExperienceYears");
        skills = check.list(skills, "skills");
        check.required(health, "health");
        check.required(accommodation, "accommodation");
        check.required(locationId, "locationId");
        check.notNegative(yearsInNetherlandsDuringSchoolAge, "yearsInNetherlandsDuringSchoolAge");
        expectedPermitDate = check.optional(expectedPermitDate, "expectedPermitDate");
        civicIntegration = civicIntegration == null ? CivicIntegrationFile.NONE : civicIntegration;
        check.done();
    }

    /** A builder with nothing set: see {@link Builder} for what is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this person's facts, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.householdId = householdId;
        b.birthDate = birthDate;
        b.gender = gender;
        b.countryOfOrigin = countryOfOrigin;
        b.nationalityGroup = nationalityGroup;
        b.status = status;
        b.permitKind = permitKind;
        b.asylumApplicationDate = asylumApplicationDate.orElse(null);
        b.permitGrantedDate = permitGrantedDate.orElse(null);
        b.linkedToMunicipalityDate = linkedToMunicipalityDate.orElse(null);
        b.arrivalInMunicipalityDate = arrivalInMunicipalityDate.orElse(null);
        b.socialAssistanceFrom = socialAssistanceFrom.orElse(null);
        b.schooling = schooling;
        b.currentEducation = currentEducation.orElse(null);
        b.dutchLevel = dutchLevel;
        b.learnability = learnability.orElse(null);
        b.dispensation = dispensation.orElse(null);
        b.workExperienceYears = workExperienceYears;
        b.skills = skills;
        b.health = health;
        b.caresForYoungChildren = caresForYoungChildren;
        b.accommodation = accommodation;
        b.locationId = locationId;
        b.unaccompaniedMinor = unaccompaniedMinor;
        b.yearsInNetherlandsDuringSchoolAge = yearsInNetherlandsDuringSchoolAge;
        b.integratedInOtherEuState = integratedInOtherEuState;
        b.expectedPermitDate = expectedPermitDate.orElse(null);
        b.civicIntegration = civicIntegration;
        return b;
    }

    /**
     * Whether the person is an expected arrival on the plan start: COA links the person to the municipality after
     * {@code planStart} (<i>koppeling</i>), so the other dates may lie after it too and {@code status} is the status
     * on the day of linking.
     */
    public boolean expectedOn(LocalDate planStart) {
        return linkedToMunicipalityDate.filter(linked -> linked.isAfter(planStart)).isPresent();
    }

    /**
     * The expected permit date when it lies on or after {@code day}; empty when none is expected or the date has passed
     * without a permit (the person is still an asylum seeker: a passed expected date is no permit).
     */
    public Optional<LocalDate> expectedPermitFrom(LocalDate day) {
        return expectedPermitDate.filter(expected -> !expected.isBefore(day));
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /**
     * Builds a {@link Person}. Required, as in the scenario format: {@code id}, {@code householdId},
     * {@code birthDate}, {@code gender}, {@code countryOfOrigin}, {@code nationalityGroup}, {@code status},
     * {@code permitKind}, {@code schooling}, {@code dutchLevel}, {@code health}, {@code accommodation} and
     * {@code locationId}. Optional dates and facts start absent, numbers at 0, flags {@code false}, skills empty; a
     * setter given {@code null} for an optional fact makes it absent. Not thread-safe.
     */
    public static final class Builder {
        private String id;
        private String householdId;
        private LocalDate birthDate;
        private Gender gender;
        private String countryOfOrigin;
        private NationalityGroup nationalityGroup;
        private ResidenceStatus status;
        private PermitKind permitKind;
        private LocalDate asylumApplicationDate;
        private LocalDate permitGrantedDate;
        private LocalDate linkedToMunicipalityDate;
        private LocalDate arrivalInMunicipalityDate;
        private LocalDate socialAssistanceFrom;
        private Schooling schooling;
        private EducationKind currentEducation;
        private CefrLevel dutchLevel;
        private Learnability learnability;
        private Dispensation dispensation;
        private int workExperienceYears;
        private List<String> skills = List.of();
        private Health health;
        private boolean caresForYoungChildren;
        private Accommodation accommodation;
        private String locationId;
        private boolean unaccompaniedMinor;
        private int yearsInNetherlandsDuringSchoolAge;
        private boolean integratedInOtherEuState;
        private LocalDate expectedPermitDate;
        private CivicIntegrationFile civicIntegration = CivicIntegrationFile.NONE;

        private Builder() {
        }

        public Builder id(String value) {
            this.id = value;
            return this;
        }

        public Builder householdId(String value) {
            this.householdId = value;
            return this;
        }

        public Builder birthDate(LocalDate value) {
            this.birthDate = value;
            return this;
        }

        public Builder gender(Gender value) {
            this.gender = value;
            return this;
        }

        public Builder countryOfOrigin(String value) {
            this.countryOfOrigin = value;
            return this;
        }

        public Builder nationalityGroup(NationalityGroup value) {
            this.nationalityGroup = value;
            return this;
        }

        public Builder status(ResidenceStatus value) {
            this.status = value;
            return this;
        }

        public Builder permitKind(PermitKind value) {
            this.permitKind = value;
            return this;
        }

        public Builder asylumApplicationDate(LocalDate value) {
            this.asylumApplicationDate = value;
            return this;
        }

        public Builder asylumApplicationDate(Optional<LocalDate> value) {
            this.asylumApplicationDate = value == null ? null : value.orElse(null);
            return this;
        }

        public Builder permitGrantedDate(LocalDate value) {
            this.permitGrantedDate = value;
            return this;
        }

        public Builder permitGrantedDate(Optional<LocalDate> value) {
            this.permitGrantedDate = value == null ? null : value.orElse(null);
            return this;
        }

        public Builder linkedToMunicipalityDate(LocalDate value) {
            this.linkedToMunicipalityDate = value;
            return this;
        }

        public Builder linkedToMunicipalityDate(Optional<LocalDate> value) {
            this.linkedToMunicipalityDate = value == null ? null : value.orElse(null);
            return this;
        }

        public Builder arrivalInMunicipalityDate(LocalDate value) {
            this.arrivalInMunicipalityDate = value;
            return this;
        }

        public Builder arrivalInMunicipalityDate(Optional<LocalDate> value) {
            this.arrivalInMunicipalityDate = value == null ? null : value.orElse(null);
            return this;
        }

        public Builder socialAssistanceFrom(LocalDate value) {
            this.socialAssistanceFrom = value;
            return this;
        }

        public Builder socialAssistanceFrom(Optional<LocalDate> value) {
            this.socialAssistanceFrom = value == null ? null : value.orElse(null);
            return this;
        }

        public Builder schooling(Schooling value) {
            this.schooling = value;
            return this;
        }

        public Builder currentEducation(EducationKind value) {
            this.currentEducation = value;
            return this;
        }

        public Builder currentEducation(Optional<EducationKind> value) {
            this.currentEducation = value == null ? null : value.orElse(null);
            return this;
        }

        public Builder dutchLevel(CefrLevel value) {
            this.dutchLevel = value;
            return this;
        }

        public Builder learnability(Learnability value) {
            this.learnability = value;
            return this;
        }

        public Builder learnability(Optional<Learnability> value) {
            this.learnability = value == null ? null : value.orElse(null);
            return this;
        }

        public Builder dispensation(Dispensation value) {
            this.dispensation = value;
            return this;
        }

        public Builder dispensation(Optional<Dispensation> value) {
            this.dispensation = value == null ? null : value.orElse(null);
            return this;
        }

        public Builder workExperienceYears(int value) {
            this.workExperienceYears = value;
            return this;
        }

        public Builder skills(List<String> value) {
            this.skills = value;
            return this;
        }

        public Builder health(Health value) {
            this.health = value;
            return this;
        }

        public Builder caresForYoungChildren(boolean value) {
            this.caresForYoungChildren = value;
            return this;
        }

        public Builder accommodation(Accommodation value) {
            this.accommodation = value;
            return this;
        }

        public Builder locationId(String value) {
            this.locationId = value;
            return this;
        }

        public Builder unaccompaniedMinor(boolean value) {
            this.unaccompaniedMinor = value;
            return this;
        }

        public Builder yearsInNetherlandsDuringSchoolAge(int value) {
            this.yearsInNetherlandsDuringSchoolAge = value;
            return this;
        }

        public Builder integratedInOtherEuState(boolean value) {
            this.integratedInOtherEuState = value;
            return this;
        }

        public Builder expectedPermitDate(LocalDate value) {
            this.expectedPermitDate = value;
            return this;
        }

        public Builder expectedPermitDate(Optional<LocalDate> value) {
            this.expectedPermitDate = value == null ? null : value.orElse(null);
            return this;
        }

        /** The civic-integration file; {@code null} means nothing recorded ({@link CivicIntegrationFile#NONE}). */
        public Builder civicIntegration(CivicIntegrationFile value) {
            this.civicIntegration = value;
            return this;
        }

        /**
         * The person.
         *
         * @throws nl.tegelijk.scenario.InvalidScenarioException naming every missing or impossible field at once
         */
        public Person build() {
            return new Person(id,
                    householdId,
                    birthDate,
                    gender,
                    countryOfOrigin,
                    nationalityGroup,
                    status,
                    permitKind,
                    Optional.ofNullable(asylumApplicationDate),
                    Optional.ofNullable(permitGrantedDate),
                    Optional.ofNullable(linkedToMunicipalityDate),
                    Optional.ofNullable(arrivalInMunicipalityDate),
                    Optional.ofNullable(socialAssistanceFrom),
                    schooling,
                    Optional.ofNullable(currentEducation),
                    dutchLevel,
                    Optional.ofNullable(learnability),
                    Optional.ofNullable(dispensation),
                    workExperienceYears,
                    skills,
                    health,
                    caresForYoungChildren,
                    accommodation,
                    locationId,
                    unaccompaniedMinor,
                    yearsInNetherlandsDuringSchoolAge,
                    integratedInOtherEuState,
                    Optional.ofNullable(expectedPermitDate),
                    civicIntegration);
        }
    }
}
