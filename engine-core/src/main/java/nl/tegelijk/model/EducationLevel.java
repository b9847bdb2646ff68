package nl.tegelijk.model;

/** Highest schooling completed, in the country of origin or here, on an international scale. */
public enum EducationLevel { NONE, PRIMARY, LOWER_SECONDARY, UPPER_SECONDARY, VOCATIONAL, HIGHER }
