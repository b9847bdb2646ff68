package nl.tegelijk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole planning scenario of one municipality: everything the pipeline reads. Immutable and thread-safe.
 *
 * <p>A scenario is only built from input through the scenario reader, which validates it first; a {@code Scenario}
 * in hand is consistent (ids unique, references resolved, dates possible).
 *
 * @param name scenario name
 * @param municipality the municipality (<i>gemeente</i>)
 * @param region the labour-market region the municipality cooperates in
 * @param planStart the first day of week 0, a Monday
 * @param horizonWeeks weeks planned
 * @param notes assumptions and sources, in words
 */
public record Scenario(
        String name,
        String municipality,
        String region,
        LocalDate planStart,
        int horizonWeeks,
        Optional<String> notes,
        List<Location> locations,
        List<Household> households,
        List<Person> persons,
        List<IntakeReport> intakeReports,
        List<Dwelling> dwellings,
        List<CourseGroup> courseGroups,
        List<SchoolClass> schoolClasses,
        List<Placement> placements,
        List<HousingQuota> housingQuotas) {

    /** The horizon a builder starts with, as the scenario format's default: two years of weeks. */
    public static final int DEFAULT_HORIZON_WEEKS = 104;

    /**
     * Checks every component of the scenario itself and throws all problems at once; what needs the records together
     * (unique ids, references, dates in order) is {@link nl.tegelijk.scenario.ScenarioValidator}'s, which the facade
     * runs on every scenario it is given.
     *
     * @throws nl.tegelijk.scenario.InvalidScenarioException naming each missing field
     */
    public Scenario {
        RecordCheck check = RecordCheck.unnamed("scenario");
        check.required(name, "name");
        check.required(municipality, "municipality");
        check.required(region, "region");
        check.required(planStart, "planStart");
        notes = check.optional(notes, "notes");
        locations = check.list(locations, "locations");
        households = check.list(households, "households");
        persons = check.list(persons, "persons");
        intakeReports = check.list(intakeReports, "intakeReports");
        dwellings = check.list(dwellings, "dwellings");
        courseGroups = check.list(courseGroups, "courseGroups");
        schoolClasses = check.list(schoolClasses, "schoolClasses");
        placements = check.list(placements, "placements");
        housingQuotas = check.list(housingQuotas, "housingQuotas");
        check.done();
    }

    /** A builder with nothing set; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this scenario, to change parts of it. */
    public Builder toBuilder() {
        Builder b = new Builder().name(name).municipality(municipality).region(region).planStart(planStart)
                .horizonWeeks(horizonWeeks).notes(notes);
        b.locations = locations;
        b.households = households;
        b.persons = persons;
        b.intakeReports = intakeReports;
        b.dwellings = dwellings;
        b.courseGroups = courseGroups;
        b.schoolClasses = schoolClasses;
        b.placements = placements;
        b.housingQuotas = housingQuotas;
        return b;
    }

    /**
     * The members of a household, in scenario order. Scans every person: where many households are looked up, use
     * {@link #membersByHousehold()} once instead.
     */
    public List<Person> membersOf(String householdId) {
        return persons.stream().filter(p -> p.householdId().equals(householdId)).toList();
    }

    /**
     * The members of every household with members, by household id, each list in scenario order: one pass over the
     * persons, so a caller that needs many households builds it once (a scan per household is quadratic: 27,586
     * households × 50,000 persons took minutes). A new unmodifiable map per call; the scenario keeps no cache, so its
     * equality stays that of its components.
     */
    public Map<String, List<Person>> membersByHousehold() {
        Map<String, List<Person>> members = new LinkedHashMap<>();
        persons.forEach(p -> members.computeIfAbsent(p.householdId(), k -> new ArrayList<>()).add(p));
        members.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(members);
    }

    /** The intake reports about a person, in scenario order. */
    public List<IntakeReport> reportsAbout(String personId) {
        return intakeReports.stream().filter(r -> r.personId().equals(personId)).toList();
    }

    /**
     * Builds a {@link Scenario}. Required: {@code name}, {@code municipality}, {@code region} and {@code planStart};
     * {@code horizonWeeks} starts at the format's default of 104 weeks, every list empty, notes absent. A list setter
     * replaces the list; {@code add…} appends one record. Not thread-safe.
     */
    public static final class Builder {
        private String name;
        private String municipality;
        private String region;
        private LocalDate planStart;
        private int horizonWeeks = DEFAULT_HORIZON_WEEKS;
        private String notes;
        private List<Location> locations = List.of();
        private List<Household> households = List.of();
        private List<Person> persons = List.of();
        private List<IntakeReport> intakeReports = List.of();
        private List<Dwelling> dwellings = List.of();
        private List<CourseGroup> courseGroups = List.of();
        private List<SchoolClass> schoolClasses = List.of();
        private List<Placement> placements = List.of();
        private List<HousingQuota> housingQuotas = List.of();

        private Builder() {
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder municipality(String value) {
            this.municipality = value;
            return this;
        }

        public Builder region(String value) {
            this.region = value;
            return this;
        }

        public Builder planStart(LocalDate value) {
            this.planStart = value;
            return this;
        }

        public Builder horizonWeeks(int value) {
            this.horizonWeeks = value;
            return this;
        }

        /** Assumptions and sources in words; {@code null} for none. */
        public Builder notes(String value) {
            this.notes = value;
            return this;
        }

        public Builder notes(Optional<String> value) {
            this.notes = value == null ? null : value.orElse(null);
            return this;
        }

        public Builder locations(List<Location> values) {
            this.locations = values;
            return this;
        }

        public Builder addLocation(Location value) {
            this.locations = append(this.locations, value);
            return this;
        }

        public Builder households(List<Household> values) {
            this.households = values;
            return this;
        }

        public Builder addHousehold(Household value) {
            this.households = append(this.households, value);
            return this;
        }

        public Builder persons(List<Person> values) {
            this.persons = values;
            return this;
        }

        public Builder addPerson(Person value) {
            this.persons = append(this.persons, value);
            return this;
        }

        public Builder intakeReports(List<IntakeReport> values) {
            this.intakeReports = values;
            return this;
        }

        public Builder addIntakeReport(IntakeReport value) {
            this.intakeReports = append(this.intakeReports, value);
            return this;
        }

        public Builder dwellings(List<Dwelling> values) {
            this.dwellings = values;
            return this;
        }

        public Builder addDwelling(Dwelling value) {
            this.dwellings = append(this.dwellings, value);
            return this;
        }

        public Builder courseGroups(List<CourseGroup> values) {
            this.courseGroups = values;
            return this;
        }

        public Builder addCourseGroup(CourseGroup value) {
            this.courseGroups = append(this.courseGroups, value);
            return this;
        }

        public Builder schoolClasses(List<SchoolClass> values) {
            this.schoolClasses = values;
            return this;
        }

        public Builder addSchoolClass(SchoolClass value) {
            this.schoolClasses = append(this.schoolClasses, value);
            return this;
        }

        public Builder placements(List<Placement> values) {
            this.placements = values;
            return this;
        }

        public Builder addPlacement(Placement value) {
            this.placements = append(this.placements, value);
            return this;
        }

        public Builder housingQuotas(List<HousingQuota> values) {
            this.housingQuotas = values;
            return this;
        }

        public Builder addHousingQuota(HousingQuota value) {
            this.housingQuotas = append(this.housingQuotas, value);
            return this;
        }

        /**
         * The scenario.
         *
         * @throws nl.tegelijk.scenario.InvalidScenarioException naming every missing field at once
         */
        public Scenario build() {
            return new Scenario(name, municipality, region, planStart, horizonWeeks, Optional.ofNullable(notes), locations, households, persons, intakeReports, dwellings, courseGroups, schoolClasses, placements, housingQuotas);
        }

        private static <T> List<T> append(List<T> list, T value) {
            List<T> longer = new ArrayList<>(list == null ? List.of() : list);
            longer.add(value);
            return longer;
        }
    }
}
