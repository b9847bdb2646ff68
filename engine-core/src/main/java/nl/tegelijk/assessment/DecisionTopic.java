package nl.tegelijk.assessment;

/** What a justification is about; {@code QUOTA} is the housing quota of a half-year ({@link QuotaCheck}). */
public enum DecisionTopic { REGIME, DUTY, ROUTE, REQUIREMENT, DEADLINE, TRACK, HOURS, MEASURE, QUOTA }
