package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import java.util.Map;

/**
 * The dated law and policy values in force for one assessment request, resolved from the parameter file
 * ({@code law-parameters.json}) for the request's reference or application date. Set as the global {@code law} of every
 * law package (one per session, not a fact), so conditions on it are alpha constraints. It holds the request's
 * application date too ({@link #getApplicationDate()}: the day whose law applies, the same for every person of the
 * request), so that a rule can ask which law applied without joining the person for it.
 * Immutable and thread-safe.
 */
public final class LawParameters {
    private final LocalDate applicationDate;
    private final LocalDate regimeCutOff;
    private final LocalDate onaFrom;
    private final LocalDate pvtWi2013From;
    private final LocalDate turkishAsylumObligedFrom;
    private final LocalDate turkishObligedFrom;
    private final LocalDate workCapNonBindingFrom;
    private final LocalDate noStandardFinesForAsylumHoldersFrom;
    private final LocalDate youthActFrom;
    private final LocalDate housingAct2014From;
    private final int minimumDutyAge;
    private final int qualificationDutyEndAge;
    private final StatePensionAge statePensionAge;
    private final int eightYearsInSchoolAge;
    private final int educationRouteMaxAge;
    private final int duoNotificationWeeks;
    private final int pipWeeks;
    private final int termYears;
    private final int routeSwitchMonths;
    private final int pvtWi2013Months;
    private final int schoolStartMonths;
    private final int housingSearchWeeks;
    private final int housingMoveWeeks;
    private final int familyReunificationMonths;
    private final int unburdeningMonths;
    private final int asylumPaidWorkAfterMonths;
    private final int workCapWeeks;
    private final int schoolDutyStartAge;
    private final int primarySchoolMinAge;
    private final int secondarySchoolFromAge;
    private final int amvFosterFamilyBelowAge;
    private final int adulthoodPlanMonthsBefore;
    private final int defaultMaxHoursPerWeek;
    private final int caregiverMaxHoursPerWeek;
    private final int minorMaxHoursPerWeek;
    private final int scaleDownCourseHours;
    private final int zRouteParticipationHours;
    private final int fineCapWi2013Euros;
    private final int fineCapRouteWi2021Euros;
    private final int fineCapPvtWi2021Euros;
    private final int fineCapMapWi2021Euros;
    private final int loanCapWi2013Euros;

    /**
     * Values by parameter name ({@link LocalDate} for dates, {@link Integer} otherwise) for a request with the
     * application date {@code applicationDate}.
     */
    public LawParameters(LocalDate applicationDate, Map<String, Object> values) {
        this.applicationDate = java.util.Objects.requireNonNull(applicationDate, "applicationDate");
        this.regimeCutOff = (LocalDate) require(values, "regimeCutOff");
        this.onaFrom = (LocalDate) require(values, "onaFrom");
        this.pvtWi2013From = (LocalDate) require(values, "pvtWi2013From");
        this.turkishAsylumObligedFrom = (LocalDate) require(values, "turkishAsylumObligedFrom");
        this.turkishObligedFrom = (LocalDate) require(values, "turkishObligedFrom");
        this.workCapNonBindingFrom = (LocalDate) require(values, "workCapNonBindingFrom");
        this.noStandardFinesForAsylumHoldersFrom = (LocalDate) require(values, "noStandardFinesForAsylumHoldersFrom");
        this.youthActFrom = (LocalDate) require(values, "youthActFrom");
        this.housingAct2014From = (LocalDate) require(values, "housingAct2014From");
        this.minimumDutyAge = (Integer) require(values, "minimumDutyAge");
        this.qualificationDutyEndAge = (Integer) require(values, "qualificationDutyEndAge");
        this.statePensionAge = (StatePensionAge) require(values, "statePensionAgeMonths");
        this.eightYearsInSchoolAge = (Integer) require(values, "eightYearsInSchoolAge");
        this.educationRouteMaxAge = (Integer) require(values, "educationRouteMaxAge");
        this.duoNotificationWeeks = (Integer) require(values, "duoNotificationWeeks");
        this.pipWeeks = (Integer) require(values, "pipWeeks");
        this.termYears = (Integer) require(values, "termYears");
        this.routeSwitchMonths = (Integer) require(values, "routeSwitchMonths");
        this.pvtWi2013Months = (Integer) require(values, "pvtWi2013Months");
        this.schoolStartMonths = (Integer) require(values, "schoolStartMonths");
        this.housingSearchWeeks = (Integer) require(values, "housingSearchWeeks");
        this.housingMoveWeeks = (Integer) require(values, "housingMoveWeeks");
        this.familyReunificationMonths = (Integer) require(values, "familyReunificationMonths");
        this.unburdeningMonths = (Integer) require(values, "unburdeningMonths");
        this.asylumPaidWorkAfterMonths = (Integer) require(values, "asylumPaidWorkAfterMonths");
        this.workCapWeeks = (Integer) require(values, "workCapWeeks");
        this.schoolDutyStartAge = (Integer) require(values, "schoolDutyStartAge");
        this.primarySchoolMinAge = (Integer) require(values, "primarySchoolMinAge");
        this.secondarySchoolFromAge = (Integer) require(values, "secondarySchoolFromAge");
        this.amvFosterFamilyBelowAge = (Integer) require(values, "amvFosterFamilyBelowAge");
        this.adulthoodPlanMonthsBefore = (Integer) require(values, "adulthoodPlanMonthsBefore");
        this.defaultMaxHoursPerWeek = (Integer) require(values, "defaultMaxHoursPerWeek");
        this.caregiverMaxHoursPerWeek = (Integer) require(values, "caregiverMaxHoursPerWeek");
        this.minorMaxHoursPerWeek = (Integer) require(values, "minorMaxHoursPerWeek");
        this.scaleDownCourseHours = (Integer) require(values, "scaleDownCourseHours");
        this.zRouteParticipationHours = (Integer) require(values, "zRouteParticipationHours");
        this.fineCapWi2013Euros = (Integer) require(values, "fineCapWi2013Euros");
        this.fineCapRouteWi2021Euros = (Integer) require(values, "fineCapRouteWi2021Euros");
        this.fineCapPvtWi2021Euros = (Integer) require(values, "fineCapPvtWi2021Euros");
        this.fineCapMapWi2021Euros = (Integer) require(values, "fineCapMapWi2021Euros");
        this.loanCapWi2013Euros = (Integer) require(values, "loanCapWi2013Euros");
    }

    private static Object require(Map<String, Object> values, String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Parameter (" + name + ") has no value. Maybe add it to law-parameters.json.");
        }
        return value;
    }

    /** The application date of the request: the law as it stood on that day applies (docs/RULES.md, "The three dates"). */
    public LocalDate getApplicationDate() { return applicationDate; }
    /** Duties arising on or after this date fall under Wi2021. */
    public LocalDate getRegimeCutOff() { return regimeCutOff; }
    /** ONA required for Wi2013 duties from this date. */
    public LocalDate getOnaFrom() { return onaFrom; }
    /** PVT required for Wi2013 duties from this date. */
    public LocalDate getPvtWi2013From() { return pvtWi2013From; }
    /** Turkish asylum permit holders (and family) obliged for duties from this date. */
    public LocalDate getTurkishAsylumObligedFrom() { return turkishAsylumObligedFrom; }
    /** Other Turkish nationals obliged for duties from this date. */
    public LocalDate getTurkishObligedFrom() { return turkishObligedFrom; }
    /** The 24-week cap on asylum seekers work is not applied from this application date. */
    public LocalDate getWorkCapNonBindingFrom() { return workCapNonBindingFrom; }
    /** From this application date asylum permit holders get no standard fine and no loan reclaim. */
    public LocalDate getNoStandardFinesForAsylumHoldersFrom() { return noStandardFinesForAsylumHoldersFrom; }
    /** The Jeugdwet replaces the Wet op de jeugdzorg from this application date. */
    public LocalDate getYouthActFrom() { return youthActFrom; }
    /** The Huisvestingswet 2014 is in force from this application date. */
    public LocalDate getHousingAct2014From() { return housingAct2014From; }
    /** Below this age no duty. */
    public int getMinimumDutyAge() { return minimumDutyAge; }
    /** Qualification duty (and the 16-17 exemption) ends at this age. */
    public int getQualificationDutyEndAge() { return qualificationDutyEndAge; }
    /**
     * The day a person born on {@code birthDate} turns {@link #getQualificationDutyEndAge()}: qualification duty and the
     * exemption for it end, and a minor's integration duty arises (WI21-REGIME-03, AMV-INB-01, EDU-KWAL-01).
     */
    public LocalDate qualificationDutyEnd(LocalDate birthDate) { return birthDate.plusYears(qualificationDutyEndAge); }
    /** The day a person born on {@code birthDate} reaches the state pension (AOW) age (WI21-AGE-02, AOW art. 7a). */
    public LocalDate statePensionDate(LocalDate birthDate) { return statePensionAge.dateReached(birthDate); }
    /**
     * The first day of compulsory schooling of a child born on {@code birthDate}: the first school day of the month
     * after the child turns {@link #getSchoolDutyStartAge()} (EDU-LEER-01, Leerplichtwet 1969 art. 3).
     */
    public LocalDate schoolDutyStart(LocalDate birthDate) { return SchoolDuty.startDate(birthDate, schoolDutyStartAge); }
    /** Years in NL during compulsory-school age that exempt. */
    public int getEightYearsInSchoolAge() { return eightYearsInSchoolAge; }
    /** Oldest age for the education route (policy parameter). */
    public int getEducationRouteMaxAge() { return educationRouteMaxAge; }
    /** DUO notification lead time. */
    public int getDuoNotificationWeeks() { return duoNotificationWeeks; }
    /** PIP deadline after registration. */
    public int getPipWeeks() { return pipWeeks; }
    /** Integration term. */
    public int getTermYears() { return termYears; }
    /** Route switch window. */
    public int getRouteSwitchMonths() { return routeSwitchMonths; }
    /** PVT deadline under Wi2013. */
    public int getPvtWi2013Months() { return pvtWi2013Months; }
    /** School start deadline after arrival. */
    public int getSchoolStartMonths() { return schoolStartMonths; }
    /** Housing search time after linking. */
    public int getHousingSearchWeeks() { return housingSearchWeeks; }
    /** Move time after housing found. */
    public int getHousingMoveWeeks() { return housingMoveWeeks; }
    /** Family reunification application window. */
    public int getFamilyReunificationMonths() { return familyReunificationMonths; }
    /** Financial unburdening period. */
    public int getUnburdeningMonths() { return unburdeningMonths; }
    /** Asylum seekers may work paid after the application has been pending this long. */
    public int getAsylumPaidWorkAfterMonths() { return asylumPaidWorkAfterMonths; }
    /** Work cap for asylum seekers (until the ruling). */
    public int getWorkCapWeeks() { return workCapWeeks; }
    /** Compulsory school from this age. */
    public int getSchoolDutyStartAge() { return schoolDutyStartAge; }
    /** Youngest age for a primary school place. */
    public int getPrimarySchoolMinAge() { return primarySchoolMinAge; }
    /** ISK from this age. */
    public int getSecondarySchoolFromAge() { return secondarySchoolFromAge; }
    /** Unaccompanied minors below this age go to a foster family. */
    public int getAmvFosterFamilyBelowAge() { return amvFosterFamilyBelowAge; }
    /** Adulthood plan from this many months before 18. */
    public int getAdulthoodPlanMonthsBefore() { return adulthoodPlanMonthsBefore; }
    /** Most hours per week for an adult. */
    public int getDefaultMaxHoursPerWeek() { return defaultMaxHoursPerWeek; }
    /** Most hours per week while caring for children below school age. */
    public int getCaregiverMaxHoursPerWeek() { return caregiverMaxHoursPerWeek; }
    /** Most hours per week for a minor. */
    public int getMinorMaxHoursPerWeek() { return minorMaxHoursPerWeek; }
    /** NT2 course hours after which the B1 route can be scaled down to A2, with effort shown (WI21-AFSCHAAL-01). */
    public int getScaleDownCourseHours() { return scaleDownCourseHours; }
    /** zRouteParticipationHours (law-parameters.json). */
    public int getZRouteParticipationHours() { return zRouteParticipationHours; }
    /** fineCapWi2013Euros (law-parameters.json). */
    public int getFineCapWi2013Euros() { return fineCapWi2013Euros; }
    /** fineCapRouteWi2021Euros (law-parameters.json). */
    public int getFineCapRouteWi2021Euros() { return fineCapRouteWi2021Euros; }
    /** fineCapPvtWi2021Euros (law-parameters.json). */
    public int getFineCapPvtWi2021Euros() { return fineCapPvtWi2021Euros; }
    /** fineCapMapWi2021Euros (law-parameters.json). */
    public int getFineCapMapWi2021Euros() { return fineCapMapWi2021Euros; }
    /** loanCapWi2013Euros (law-parameters.json). */
    public int getLoanCapWi2013Euros() { return loanCapWi2013Euros; }
}
