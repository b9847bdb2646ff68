package nl.tegelijk.assessment;

/** What a justification is about. */
public enum DecisionTopic { REGIME, DUTY, ROUTE, REQUIREMENT, DEADLINE, TRACK, HOURS, MEASURE }
