package nl.tegelijk.assessment;

/** Tailored support measures and referrals (<i>maatwerk</i>) per life domain. */
public enum MeasureKind {
    /** Literacy course before or as the first part of the route (WI21-ALFA-01, WI13-EXT-01). */
    LITERACY_COURSE_FIRST,
    /** Childcare so that a parent can attend (WI21-PIP-02). */
    CHILDCARE,
    /** A Nidos guardian for an unaccompanied minor (AMV-GUARD-01). */
    GUARDIAN,
    /** Small-scale housing for an unaccompanied minor with a permit (AMV-PLACE-01). */
    SMALL_SCALE_HOUSING,
    /** Foster family for a young unaccompanied minor (AMV-PLACE-01). */
    FOSTER_FAMILY,
    /** A plan for the 18th birthday of an unaccompanied minor (AMV-18-01). */
    ADULTHOOD_PLAN,
    /** A mentor for a young single refugee (Zaanstad local policy). */
    MENTOR,
    /** Referral to GGD or mental-health care. */
    MENTAL_HEALTH_REFERRAL,
    /** TB screening on arrival and follow-up (HLTH-TBC-01). */
    TB_SCREENING,
    /** Health insurance to be taken out on moving to a dwelling (HLTH-INS-01). */
    HEALTH_INSURANCE,
    /** Youth care (Jeugdwet, AMV-JEUGD-01). */
    YOUTH_CARE,
    /** Fixed costs paid from the benefit for 6 months (<i>financieel ontzorgen</i>, WI21-ONTZ-01). */
    UNBURDENING,
    /** Social guidance (<i>maatschappelijke begeleiding</i>, WI21-BEGEL-01, WI13-BEGEL-01). */
    SOCIAL_GUIDANCE,
    /** A language buddy from the volunteer network (Zaanstad local policy). */
    LANGUAGE_BUDDY,
    /** A work coach from the work department (Zaanstad local policy). */
    WORK_COACH,
    /** Recognition of foreign diplomas (IDW). */
    DIPLOMA_RECOGNITION,
    /** Advice on family reunification within 3 months (HV-NAREIS-01). */
    FAMILY_REUNIFICATION_ADVICE,
    /** A UWV volunteer statement so an asylum seeker may volunteer (WORK-AS-03). */
    VOLUNTEER_STATEMENT
}
