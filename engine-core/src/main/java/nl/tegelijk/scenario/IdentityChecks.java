package nl.tegelijk.scenario;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.QuotaBasis;
import nl.tegelijk.model.Scenario;

/** Unique ids, resolved references, households with members, one quota per half-year and its figures. Stateless. */
final class IdentityChecks {

    private IdentityChecks() {
    }

    static void check(Scenario scenario, Problems problems) {
        Set<String> locations = ids(Section.LOCATIONS, scenario.locations(), Location::id, problems);
        Set<String> households = ids(Section.HOUSEHOLDS, scenario.households(), h -> h.id(), problems);
        Set<String> persons = ids(Section.PERSONS, scenario.persons(), Person::id, problems);
        ids(Section.INTAKE_REPORTS, scenario.intakeReports(), r -> r.id(), problems);
        ids(Section.DWELLINGS, scenario.dwellings(), d -> d.id(), problems);
        ids(Section.COURSE_GROUPS, scenario.courseGroups(), c -> c.id(), problems);
        ids(Section.SCHOOL_CLASSES, scenario.schoolClasses(), s -> s.id(), problems);
        ids(Section.PLACEMENTS, scenario.placements(), p -> p.id(), problems);

        references(Section.PERSONS, scenario.persons(), Person::id, Person::householdId, "householdId",
                Section.HOUSEHOLDS, households, problems);
        references(Section.PERSONS, scenario.persons(), Person::id, Person::locationId, "locationId",
                Section.LOCATIONS, locations, problems);
        references(Section.INTAKE_REPORTS, scenario.intakeReports(), r -> r.id(), r -> r.personId(), "personId",
                Section.PERSONS, persons, problems);
        references(Section.DWELLINGS, scenario.dwellings(), d -> d.id(), d -> d.locationId(), "locationId",
                Section.LOCATIONS, locations, problems);
        references(Section.COURSE_GROUPS, scenario.courseGroups(), c -> c.id(), c -> c.locationId(), "locationId",
                Section.LOCATIONS, locations, problems);
        references(Section.SCHOOL_CLASSES, scenario.schoolClasses(), s -> s.id(), s -> s.locationId(), "locationId",
                Section.LOCATIONS, locations, problems);
        references(Section.PLACEMENTS, scenario.placements(), p -> p.id(), p -> p.locationId(), "locationId",
                Section.LOCATIONS, locations, problems);

        checkHouseholdsHaveMembers(scenario, problems);
        checkQuotasUnique(scenario.housingQuotas(), problems);
        checkQuotaBases(scenario.housingQuotas(), problems);
    }

    /** The ids of {@code records}; every repeat of an id is reported at its {@code id} field. */
    private static <T> Set<String> ids(Section section, List<T> records, Function<T, String> id, Problems problems) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String value = id.apply(records.get(i));
            Integer first = firstIndex.putIfAbsent(value, i);
            if (first != null) {
                problems.error(ProblemCode.DUPLICATE_ID, section, i, Optional.of(value), "id",
                        section.recordType() + " id '" + value + "' is already used by " + section.path(first),
                        "an id no other " + section.recordType() + " has");
            }
        }
        return firstIndex.keySet();
    }

    private static <T> void references(Section section, List<T> records, Function<T, String> id,
                                       Function<T, String> reference, String field, Section target,
                                       Set<String> known, Problems problems) {
        for (int i = 0; i < records.size(); i++) {
            String value = reference.apply(records.get(i));
            if (!known.contains(value)) {
                problems.error(ProblemCode.UNKNOWN_REFERENCE, section, i, Optional.of(id.apply(records.get(i))), field,
                        target.recordType() + " '" + value + "' does not exist",
                        "the id of a " + target.recordType() + " in $." + target.arrayName());
            }
        }
    }

    private static void checkHouseholdsHaveMembers(Scenario scenario, Problems problems) {
        Set<String> withMembers = scenario.persons().stream().map(Person::householdId).collect(Collectors.toSet());
        for (int i = 0; i < scenario.households().size(); i++) {
            String id = scenario.households().get(i).id();
            if (!withMembers.contains(id)) {
                problems.error(ProblemCode.EMPTY_HOUSEHOLD, Section.HOUSEHOLDS, i, Optional.of(id), "",
                        "household '" + id + "' has no members",
                        "at least one person whose householdId is '" + id + "'");
            }
        }
    }

    private static void checkQuotasUnique(List<HousingQuota> quotas, Problems problems) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < quotas.size(); i++) {
            String label = quotas.get(i).label();
            Integer first = firstIndex.putIfAbsent(label, i);
            if (first != null) {
                problems.error(ProblemCode.DUPLICATE_QUOTA, Section.HOUSING_QUOTAS, i, Optional.empty(), "",
                        "half-year " + label + " already has a quota at " + Section.HOUSING_QUOTAS.path(first),
                        "at most one quota per half-year");
            }
        }
    }

    /** The figures of a quota (HV-FORMULA-01): populations of 1 January of the preceding year, the part in the whole. */
    private static void checkQuotaBases(List<HousingQuota> quotas, Problems problems) {
        for (int i = 0; i < quotas.size(); i++) {
            HousingQuota q = quotas.get(i);
            if (q.basis().isEmpty()) {
                continue;
            }
            QuotaBasis b = q.basis().get();
            LocalDate expected = LocalDate.of(q.year() - 1, 1, 1);
            if (!b.populationDate().equals(expected)) {
                problems.error(ProblemCode.QUOTA_POPULATION_DATE, Section.HOUSING_QUOTAS, i, Optional.empty(),
                        "basis.populationDate", "the populations of quota " + q.label() + " are dated "
                                + b.populationDate(), expected + ", 1 January of the preceding calendar year");
            }
            if (b.municipalPopulation() > b.nationalPopulation()) {
                problems.error(ProblemCode.QUOTA_POPULATION_ABOVE_NATIONAL, Section.HOUSING_QUOTAS, i,
                        Optional.empty(), "basis.municipalPopulation", "the municipal population of quota "
                                + q.label() + " (" + b.municipalPopulation() + ") is above the national population ("
                                + b.nationalPopulation() + ")", "at most the national population");
            }
        }
    }
}
