package nl.tegelijk.model;

/** The life domains (<i>leefgebieden</i>) of the integral intake and of the council report. */
public enum LifeDomain { HOUSING, LANGUAGE, EDUCATION, WORK, HEALTH_AND_SAFETY, PARTICIPATION }
