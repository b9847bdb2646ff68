package nl.tegelijk.rules.fact;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.intake.DomainView;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Dispensation;
import nl.tegelijk.model.DutchDiploma;
import nl.tegelijk.model.EducationKind;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Learnability;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NationalityGroup;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.SupportNeed;

/**
 * The flat fact the law rules read about one person: the profile's legally relevant facts and a few derived values
 * (ages on the reference date). It deliberately leaves out everything outside any rule's legal basis: gender, country
 * of origin, free-text notes, strengths and wishes. Immutable and thread-safe; the legal decisions are in the rules.
 */
public final class PersonFacts {
    private final String personId;
    private final String householdId;
    private final LocalDate referenceDate;
    private final LocalDate applicationDate;
    private final LocalDate birthDate;
    private final int ageYears;
    private final int ageMonths;
    private final ResidenceStatus status;
    private final PermitKind permitKind;
    private final NationalityGroup nationalityGroup;
    private final Optional<LocalDate> permitDate;
    private final Optional<LocalDate> expectedPermitDate;
    private final Optional<LocalDate> asylumApplicationDate;
    private final Optional<LocalDate> linkedDate;
    private final Optional<LocalDate> arrivalDate;
    private final Optional<LocalDate> socialAssistanceFrom;
    private final int schoolingYears;
    private final EducationLevel highestLevel;
    private final boolean literateLatinScript;
    private final Set<DutchDiploma> dutchDiplomas;
    private final Optional<EducationKind> currentEducation;
    private final CefrLevel dutchLevel;
    private final Optional<Learnability> learnability;
    private final Optional<Dispensation> dispensation;
    private final Optional<Integer> maxHoursPerWeek;
    private final boolean mentalHealthConcern;
    private final boolean tbScreeningDone;
    private final boolean caresForYoungChildren;
    private final Accommodation accommodation;
    private final boolean unaccompaniedMinor;
    private final int yearsInNetherlandsDuringSchoolAge;
    private final boolean integratedInOtherEuState;
    private final int householdSize;
    private final Set<SupportNeed> needs;
    private final Map<LifeDomain, NeedLevel> needLevels;
    private final Optional<LocalDate> duoNotificationDate;
    private final Optional<LocalDate> personalPlanDate;
    private final int courseHoursFollowed;
    private final boolean effortShown;

    private PersonFacts(IntegralProfile profile, AssessmentRequest request) {
        Person p = profile.person();
        this.personId = p.id();
        this.householdId = p.householdId();
        this.referenceDate = request.referenceDate();
        this.applicationDate = request.applicationDate();
        this.birthDate = p.birthDate();
        Period age = Period.between(p.birthDate(), request.referenceDate());
        this.ageYears = age.getYears();
        this.ageMonths = (int) age.toTotalMonths();
        this.status = p.status();
        this.permitKind = p.permitKind();
        this.nationalityGroup = p.nationalityGroup();
        this.permitDate = p.permitGrantedDate();
        this.expectedPermitDate = p.expectedPermitDate();
        this.asylumApplicationDate = p.asylumApplicationDate();
        this.linkedDate = p.linkedToMunicipalityDate();
        this.arrivalDate = p.arrivalInMunicipalityDate();
        this.socialAssistanceFrom = p.socialAssistanceFrom();
        this.schoolingYears = p.schooling().years();
        this.highestLevel = p.schooling().highestLevel();
        this.literateLatinScript = p.schooling().literateLatinScript();
        this.dutchDiplomas = p.schooling().dutchDiplomas().isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(p.schooling().dutchDiplomas()));
        this.currentEducation = p.currentEducation();
        this.dutchLevel = p.dutchLevel();
        this.learnability = p.learnability();
        this.dispensation = p.dispensation();
        this.maxHoursPerWeek = p.health().maxHoursPerWeek();
        this.tbScreeningDone = p.health().tbScreeningDone();
        this.caresForYoungChildren = p.caresForYoungChildren();
        this.accommodation = p.accommodation();
        this.unaccompaniedMinor = p.unaccompaniedMinor();
        this.yearsInNetherlandsDuringSchoolAge = p.yearsInNetherlandsDuringSchoolAge();
        this.integratedInOtherEuState = p.integratedInOtherEuState();
        this.householdSize = profile.householdSize();
        Set<SupportNeed> allNeeds = EnumSet.noneOf(SupportNeed.class);
        Map<LifeDomain, NeedLevel> levels = new EnumMap<>(LifeDomain.class);
        for (DomainView view : profile.domains().values()) {
            allNeeds.addAll(view.needs());
            levels.put(view.domain(), view.needLevel());
        }
        this.needs = Set.copyOf(allNeeds);
        this.mentalHealthConcern = p.health().mentalHealthConcern()
                || allNeeds.contains(SupportNeed.MENTAL_HEALTH_REFERRAL);
        this.needLevels = Map.copyOf(levels);
        this.duoNotificationDate = p.civicIntegration().duoNotificationDate();
        this.personalPlanDate = p.civicIntegration().personalPlanDate();
        this.courseHoursFollowed = p.civicIntegration().courseHoursFollowed();
        this.effortShown = p.civicIntegration().effortShown();
    }

    /** The facts of one profile for the dates of {@code request}. */
    public static PersonFacts of(IntegralProfile profile, AssessmentRequest request) {
        requireNonNull(profile, "profile");
        requireNonNull(request, "request");
        return new PersonFacts(profile, request);
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** True when an intake party recorded {@code need}. */
    public boolean hasNeed(SupportNeed need) {
        return needs.contains(need);
    }

    /** The merged need level in {@code domain}; {@code NONE} when no party reported on it. */
    public NeedLevel needLevel(LifeDomain domain) {
        return needLevels.getOrDefault(domain, NeedLevel.NONE);
    }

    /** The date the person arrived where they are received: BRP registration, else the asylum application. */
    public Optional<LocalDate> getArrivalOrApplicationDate() {
        return arrivalDate.isPresent() ? arrivalDate : asylumApplicationDate;
    }

    /**
     * The date a residence permit takes effect that the person does not hold yet on the reference date: a granted
     * permit dated after the reference date (an expected arrival), or an asylum seeker's expected permit date on or
     * after it (the expected asylum decision). Empty otherwise, also when an expected date has passed without a permit.
     */
    public Optional<LocalDate> getPermitToCome() {
        if (status == ResidenceStatus.ASYLUM_SEEKER) {
            return expectedPermitDate.filter(d -> !d.isBefore(referenceDate));
        }
        return permitDate.filter(d -> d.isAfter(referenceDate));
    }

    /**
     * The day COA links a person to the municipality who is not linked yet on the reference date and comes from
     * elsewhere (an expected arrival: permit holder or other resident on the day of linking); empty otherwise. An
     * asylum seeker in reception here is already here, also when the link follows the expected permit.
     */
    public Optional<LocalDate> getLinkToCome() {
        return status == ResidenceStatus.ASYLUM_SEEKER ? Optional.empty()
                : linkedDate.filter(d -> d.isAfter(referenceDate));
    }

    /** True when the person lives in COA reception (reception centre or emergency shelter). */
    public boolean isInReception() {
        return accommodation.isReception();
    }

    /** True when the person follows an education that leads to an exempting diploma. */
    public boolean isInExemptingEducation() {
        return currentEducation.map(EducationKind::leadsToExemptingDiploma).orElse(false);
    }

    /** True when the person follows any education now. */
    public boolean isInEducation() {
        return currentEducation.isPresent();
    }

    /** True when the person holds at least one of {@code diplomas}. */
    public boolean holdsAnyOf(Set<DutchDiploma> diplomas) {
        for (DutchDiploma d : dutchDiplomas) {
            if (diplomas.contains(d)) {
                return true;
            }
        }
        return false;
    }

    public String getPersonId() { return personId; }
    /** The household's pseudonymous id, to join {@link HouseholdFacts}. */
    public String getHouseholdId() { return householdId; }
    public LocalDate getReferenceDate() { return referenceDate; }
    public LocalDate getApplicationDate() { return applicationDate; }
    public LocalDate getBirthDate() { return birthDate; }
    public int getAgeYears() { return ageYears; }
    public int getAgeMonths() { return ageMonths; }
    public ResidenceStatus getStatus() { return status; }
    public PermitKind getPermitKind() { return permitKind; }
    public NationalityGroup getNationalityGroup() { return nationalityGroup; }
    public Optional<LocalDate> getPermitDate() { return permitDate; }
    /** For an asylum seeker: the date a permit is expected (the scenario's expected decision), if known. */
    public Optional<LocalDate> getExpectedPermitDate() { return expectedPermitDate; }
    public Optional<LocalDate> getAsylumApplicationDate() { return asylumApplicationDate; }
    public Optional<LocalDate> getLinkedDate() { return linkedDate; }
    public Optional<LocalDate> getArrivalDate() { return arrivalDate; }
    public Optional<LocalDate> getSocialAssistanceFrom() { return socialAssistanceFrom; }
    public int getSchoolingYears() { return schoolingYears; }
    public EducationLevel getHighestLevel() { return highestLevel; }
    public boolean isLiterateLatinScript() { return literateLatinScript; }
    public Set<DutchDiploma> getDutchDiplomas() { return dutchDiplomas; }
    public Optional<EducationKind> getCurrentEducation() { return currentEducation; }
    public CefrLevel getDutchLevel() { return dutchLevel; }
    public Optional<Learnability> getLearnability() { return learnability; }
    public Optional<Dispensation> getDispensation() { return dispensation; }
    public Optional<Integer> getMaxHoursPerWeek() { return maxHoursPerWeek; }
    public boolean isMentalHealthConcern() { return mentalHealthConcern; }
    public boolean isTbScreeningDone() { return tbScreeningDone; }
    public boolean isCaresForYoungChildren() { return caresForYoungChildren; }
    public Accommodation getAccommodation() { return accommodation; }
    public boolean isUnaccompaniedMinor() { return unaccompaniedMinor; }
    public int getYearsInNetherlandsDuringSchoolAge() { return yearsInNetherlandsDuringSchoolAge; }
    public boolean isIntegratedInOtherEuState() { return integratedInOtherEuState; }
    public int getHouseholdSize() { return householdSize; }
    public Set<SupportNeed> getNeeds() { return needs; }
    /** DUO's notification of the duty, when recorded (WI21-PIP-03). */
    public Optional<LocalDate> getDuoNotificationDate() { return duoNotificationDate; }
    /** The date the first personal plan was set, when recorded (WI21-TERM-01). */
    public Optional<LocalDate> getPersonalPlanDate() { return personalPlanDate; }
    /** NT2 course hours followed at a quality-mark provider (WI21-AFSCHAAL-01). */
    public int getCourseHoursFollowed() { return courseHoursFollowed; }
    /** Whether demonstrably sufficient effort was established (Besluit inburgering 2021 art. 5.5). */
    public boolean isEffortShown() { return effortShown; }
}
