package nl.tegelijk.model;

/** Gender as registered, kept for reporting only: no rule and no constraint reads it. */
public enum Gender { FEMALE, MALE, OTHER, UNKNOWN }
