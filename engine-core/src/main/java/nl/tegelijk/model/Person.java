package nl.tegelijk.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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

    public Person {
        requireNonNull(id, "id");
        requireNonNull(householdId, "householdId");
        requireNonNull(birthDate, "birthDate");
        requireNonNull(gender, "gender");
        requireNonNull(countryOfOrigin, "countryOfOrigin");
        requireNonNull(nationalityGroup, "nationalityGroup");
        requireNonNull(status, "status");
        requireNonNull(permitKind, "permitKind");
        requireNonNull(asylumApplicationDate, "asylumApplicationDate");
        requireNonNull(permitGrantedDate, "permitGrantedDate");
        requireNonNull(linkedToMunicipalityDate, "linkedToMunicipalityDate");
        requireNonNull(arrivalInMunicipalityDate, "arrivalInMunicipalityDate");
        requireNonNull(socialAssistanceFrom, "socialAssistanceFrom");
        requireNonNull(schooling, "schooling");
        requireNonNull(currentEducation, "currentEducation");
        requireNonNull(dutchLevel, "dutchLevel");
        requireNonNull(learnability, "learnability");
        requireNonNull(dispensation, "dispensation");
        checkArgument(workExperienceYears >= 0, "workExperienceYears (%s) must not be negative", workExperienceYears);
        skills = List.copyOf(skills);
        requireNonNull(health, "health");
        requireNonNull(accommodation, "accommodation");
        requireNonNull(locationId, "locationId");
        checkArgument(yearsInNetherlandsDuringSchoolAge >= 0,
                "yearsInNetherlandsDuringSchoolAge (%s) must not be negative", yearsInNetherlandsDuringSchoolAge);
        requireNonNull(expectedPermitDate, "expectedPermitDate");
        civicIntegration = civicIntegration == null ? CivicIntegrationFile.NONE : civicIntegration;
    }

    /** A person with nothing recorded in the civic-integration file: the shape before the file could be given. */
    public Person(String id, String householdId, LocalDate birthDate, Gender gender, String countryOfOrigin,
                  NationalityGroup nationalityGroup, ResidenceStatus status, PermitKind permitKind,
                  Optional<LocalDate> asylumApplicationDate, Optional<LocalDate> permitGrantedDate,
                  Optional<LocalDate> linkedToMunicipalityDate, Optional<LocalDate> arrivalInMunicipalityDate,
                  Optional<LocalDate> socialAssistanceFrom, Schooling schooling,
                  Optional<EducationKind> currentEducation, CefrLevel dutchLevel, Optional<Learnability> learnability,
                  Optional<Dispensation> dispensation, int workExperienceYears, List<String> skills, Health health,
                  boolean caresForYoungChildren, Accommodation accommodation, String locationId,
                  boolean unaccompaniedMinor, int yearsInNetherlandsDuringSchoolAge,
                  boolean integratedInOtherEuState, Optional<LocalDate> expectedPermitDate) {
        this(id, householdId, birthDate, gender, countryOfOrigin, nationalityGroup, status, permitKind,
                asylumApplicationDate, permitGrantedDate, linkedToMunicipalityDate, arrivalInMunicipalityDate,
                socialAssistanceFrom, schooling, currentEducation, dutchLevel, learnability, dispensation,
                workExperienceYears, skills, health, caresForYoungChildren, accommodation, locationId,
                unaccompaniedMinor, yearsInNetherlandsDuringSchoolAge, integratedInOtherEuState, expectedPermitDate,
                CivicIntegrationFile.NONE);
    }

    /** A person without an expected asylum decision: the shape before the scenario could flow. */
    public Person(String id, String householdId, LocalDate birthDate, Gender gender, String countryOfOrigin,
                  NationalityGroup nationalityGroup, ResidenceStatus status, PermitKind permitKind,
                  Optional<LocalDate> asylumApplicationDate, Optional<LocalDate> permitGrantedDate,
                  Optional<LocalDate> linkedToMunicipalityDate, Optional<LocalDate> arrivalInMunicipalityDate,
                  Optional<LocalDate> socialAssistanceFrom, Schooling schooling,
                  Optional<EducationKind> currentEducation, CefrLevel dutchLevel, Optional<Learnability> learnability,
                  Optional<Dispensation> dispensation, int workExperienceYears, List<String> skills, Health health,
                  boolean caresForYoungChildren, Accommodation accommodation, String locationId,
                  boolean unaccompaniedMinor, int yearsInNetherlandsDuringSchoolAge,
                  boolean integratedInOtherEuState) {
        this(id, householdId, birthDate, gender, countryOfOrigin, nationalityGroup, status, permitKind,
                asylumApplicationDate, permitGrantedDate, linkedToMunicipalityDate, arrivalInMunicipalityDate,
                socialAssistanceFrom, schooling, currentEducation, dutchLevel, learnability, dispensation,
                workExperienceYears, skills, health, caresForYoungChildren, accommodation, locationId,
                unaccompaniedMinor, yearsInNetherlandsDuringSchoolAge, integratedInOtherEuState, Optional.empty(),
                CivicIntegrationFile.NONE);
    }

    /**
     * Whether the person is an expected arrival on the plan start: COA links the person to the municipality after
     * {@code planStart} (<i>koppeling</i>), so the other dates may lie after it too and {@code status} is the status
     * on the day of linking.
     */
    public boolean expectedOn(LocalDate planStart) {
        return linkedToMunicipalityDate.filter(linked -> linked.isAfter(planStart)).isPresent();
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }
}
