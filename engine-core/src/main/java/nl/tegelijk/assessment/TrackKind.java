package nl.tegelijk.assessment;

/** The tracks planned at the same time (<i>tegelijk</i>). Health and safety is support, not a seat to plan. */
public enum TrackKind { HOUSING, LANGUAGE, EDUCATION, WORK }
