package nl.tegelijk.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
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

    public Scenario {
        requireNonNull(name, "name");
        requireNonNull(municipality, "municipality");
        requireNonNull(region, "region");
        requireNonNull(planStart, "planStart");
        requireNonNull(notes, "notes");
        locations = List.copyOf(locations);
        households = List.copyOf(households);
        persons = List.copyOf(persons);
        intakeReports = List.copyOf(intakeReports);
        dwellings = List.copyOf(dwellings);
        courseGroups = List.copyOf(courseGroups);
        schoolClasses = List.copyOf(schoolClasses);
        placements = List.copyOf(placements);
        housingQuotas = List.copyOf(housingQuotas);
    }

    /** The members of a household, in scenario order. */
    public List<Person> membersOf(String householdId) {
        return persons.stream().filter(p -> p.householdId().equals(householdId)).toList();
    }

    /** The intake reports about a person, in scenario order. */
    public List<IntakeReport> reportsAbout(String personId) {
        return intakeReports.stream().filter(r -> r.personId().equals(personId)).toList();
    }
}
