package nl.tegelijk.model;

/** A concrete need an intake party records; the rules turn needs into support measures with their legal basis. */
public enum SupportNeed {
    CHILDCARE,
    LITERACY_COURSE,
    MENTAL_HEALTH_REFERRAL,
    FINANCIAL_SUPPORT,
    LANGUAGE_BUDDY,
    MENTOR,
    WORK_COACH,
    DIPLOMA_RECOGNITION,
    MEDICAL_CARE,
    SOCIAL_NETWORK
}
