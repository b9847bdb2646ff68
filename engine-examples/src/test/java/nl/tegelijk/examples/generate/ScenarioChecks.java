package nl.tegelijk.examples.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;
import nl.tegelijk.scenario.ScenarioValidator;
import nl.tegelijk.scenario.Severity;

/**
 * The invariants every generated scenario must satisfy, as a list of problems (empty when consistent): the scenario
 * validator's errors and the generator's own, stricter promises.
 */
final class ScenarioChecks {
    private ScenarioChecks() {
    }

    static List<String> problems(Scenario s) {
        List<String> problems = new ArrayList<>();
        LocalDate start = s.planStart();
        LocalDate end = start.plusWeeks(s.horizonWeeks()).minusDays(1);
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            problems.add("plan start " + start + " is not a Monday");
        }
        List<String> ids = Stream.of(s.locations().stream().map(Location::id),
                        s.households().stream().map(h -> h.id()), s.persons().stream().map(Person::id),
                        s.intakeReports().stream().map(r -> r.id()), s.dwellings().stream().map(d -> d.id()),
                        s.courseGroups().stream().map(CourseGroup::id), s.schoolClasses().stream().map(c -> c.id()),
                        s.placements().stream().map(p -> p.id()))
                .flatMap(x -> x).toList();
        Set<String> seen = new HashSet<>();
        ids.stream().filter(id -> !seen.add(id)).forEach(id -> problems.add("duplicate id " + id));
        Set<String> locations = s.locations().stream().map(Location::id).collect(Collectors.toSet());
        Set<String> households = s.households().stream().map(h -> h.id()).collect(Collectors.toSet());
        Set<String> persons = s.persons().stream().map(Person::id).collect(Collectors.toSet());
        Set<String> withMembers = s.persons().stream().map(Person::householdId).collect(Collectors.toSet());
        households.stream().filter(h -> !withMembers.contains(h)).forEach(h -> problems.add("empty household " + h));
        for (Person p : s.persons()) {
            check(problems, households.contains(p.householdId()), p.id() + " household unresolved");
            check(problems, locations.contains(p.locationId()), p.id() + " location unresolved");
            check(problems, p.birthDate().isBefore(start), p.id() + " born on or after plan start");
            check(problems, p.asylumApplicationDate().map(a -> !a.isBefore(p.birthDate())).orElse(true),
                    p.id() + " applied before birth");
            check(problems, before(p.asylumApplicationDate(), p.permitGrantedDate()), p.id() + " permit before application");
            check(problems, before(p.permitGrantedDate(), p.linkedToMunicipalityDate()), p.id() + " linked before permit");
            check(problems, before(p.expectedPermitDate(), p.linkedToMunicipalityDate()),
                    p.id() + " linked before the expected permit");
            check(problems, before(p.linkedToMunicipalityDate(), p.arrivalInMunicipalityDate()),
                    p.id() + " arrived before linking");
            check(problems, p.linkedToMunicipalityDate().isEmpty() || p.permitGrantedDate().isPresent()
                    || p.expectedPermitDate().isPresent(), p.id() + " linked without permit");
            // only an expected arrival (linked after the plan start) has dates after it, and no arrival yet
            check(problems, p.expectedOn(start) ? p.arrivalInMunicipalityDate().isEmpty()
                            : Stream.of(p.asylumApplicationDate(), p.permitGrantedDate(), p.linkedToMunicipalityDate(),
                                    p.arrivalInMunicipalityDate(), p.socialAssistanceFrom())
                            .flatMap(Optional::stream).allMatch(d -> d.isBefore(start)),
                    p.id() + " date on or after start");
            check(problems, p.expectedPermitDate().map(d -> seekerAfter(p, d, start)).orElse(true),
                    p.id() + " expected permit not of an asylum seeker after the plan start");
            check(problems, p.socialAssistanceFrom().isEmpty() || p.arrivalInMunicipalityDate().isPresent(),
                    p.id() + " social assistance without arrival");
            boolean seeker = p.status() == ResidenceStatus.ASYLUM_SEEKER;
            check(problems, !seeker || (p.asylumApplicationDate().isPresent() && p.permitGrantedDate().isEmpty()
                    && p.accommodation() != nl.tegelijk.model.Accommodation.DWELLING), p.id() + " asylum seeker facts");
            check(problems, p.status() != ResidenceStatus.PERMIT_HOLDER || p.permitGrantedDate().isPresent(),
                    p.id() + " permit holder without permit");
            check(problems, !p.unaccompaniedMinor() || p.ageOn(start) < 18, p.id() + " adult amv");
        }
        s.intakeReports().forEach(r -> {
            check(problems, persons.contains(r.personId()), r.id() + " person unresolved");
            check(problems, r.date().isBefore(start), r.id() + " dated on or after start");
            check(problems, r.findings().stream().map(f -> f.domain()).distinct().count() == r.findings().size(),
                    r.id() + " two findings on one domain");
        });
        s.dwellings().forEach(d -> check(problems, locations.contains(d.locationId()), d.id() + " location"));
        s.placements().forEach(p -> check(problems, locations.contains(p.locationId()), p.id() + " location"));
        for (CourseGroup c : s.courseGroups()) {
            check(problems, locations.contains(c.locationId()), c.id() + " location");
            check(problems, c.rollingIntake() || !c.cohortStarts().isEmpty(), c.id() + " no way to start");
            check(problems, c.cohortStarts().stream().allMatch(d -> !d.isBefore(c.availableFrom()) && !d.isAfter(end)),
                    c.id() + " cohort outside availability or horizon");
        }
        for (SchoolClass c : s.schoolClasses()) {
            check(problems, locations.contains(c.locationId()), c.id() + " location");
            check(problems, c.minAge() <= c.maxAge(), c.id() + " ages");
            check(problems, c.rollingIntake() || !c.intakeDates().isEmpty(), c.id() + " no way to start");
            check(problems, c.intakeDates().stream().allMatch(d -> !d.isBefore(c.availableFrom()) && !d.isAfter(end)),
                    c.id() + " intake outside availability or horizon");
        }
        check(problems, !s.housingQuotas().isEmpty(), "no housing quota");
        ScenarioValidator.validate(s).stream().filter(p -> p.severity() == Severity.ERROR)
                .forEach(p -> problems.add(p.describe()));
        for (HousingQuota q : s.housingQuotas()) {
            check(problems, !q.end().isBefore(start) && !q.start().isAfter(end), q.label() + " outside horizon");
        }
        return problems;
    }

    private static boolean seekerAfter(Person p, LocalDate expected, LocalDate start) {
        return p.status() == ResidenceStatus.ASYLUM_SEEKER && expected.isAfter(start);
    }

    private static boolean before(Optional<LocalDate> earlier, Optional<LocalDate> later) {
        return earlier.isEmpty() || later.isEmpty() || earlier.get().isBefore(later.get());
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
