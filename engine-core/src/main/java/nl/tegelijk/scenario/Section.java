package nl.tegelijk.scenario;

import java.util.Arrays;
import java.util.Optional;

/** The top-level arrays of the scenario format, with the record type each holds. */
enum Section {
    LOCATIONS("locations", "location"),
    HOUSEHOLDS("households", "household"),
    PERSONS("persons", "person"),
    INTAKE_REPORTS("intakeReports", "intakeReport"),
    DWELLINGS("dwellings", "dwelling"),
    COURSE_GROUPS("courseGroups", "courseGroup"),
    SCHOOL_CLASSES("schoolClasses", "schoolClass"),
    PLACEMENTS("placements", "placement"),
    HOUSING_QUOTAS("housingQuotas", "housingQuota");

    /** Record type of fields that belong to no array, such as {@code planStart}. */
    static final String SCENARIO = "scenario";

    private final String arrayName;
    private final String recordType;

    Section(String arrayName, String recordType) {
        this.arrayName = arrayName;
        this.recordType = recordType;
    }

    String arrayName() {
        return arrayName;
    }

    String recordType() {
        return recordType;
    }

    /** JSON path of the record at {@code index}, e.g. {@code $.persons[3]}. */
    String path(int index) {
        return "$." + arrayName + "[" + index + "]";
    }

    /** JSON path of a field of the record at {@code index}, e.g. {@code $.persons[3].birthDate}. */
    String path(int index, String field) {
        return path(index) + "." + field;
    }

    static Optional<Section> ofArray(String arrayName) {
        return Arrays.stream(values()).filter(s -> s.arrayName.equals(arrayName)).findFirst();
    }
}
