package nl.tegelijk.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.Location;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolClass;

/**
 * Resources and intake reports: a cap on every resource that is not an open offer, intake dates for non-rolling
 * courses and schools, school age ranges, one finding per life domain, and households that some dwelling can hold.
 * Stateless.
 */
final class ResourceChecks {

    private ResourceChecks() {
    }

    static void check(Scenario scenario, Problems problems) {
        checkCourseGroups(scenario.courseGroups(), problems);
        checkSchoolClasses(scenario.schoolClasses(), problems);
        checkPlacements(scenario.placements(), problems);
        checkFindings(scenario.intakeReports(), problems);
        checkHouseholdsFit(scenario, problems);
        checkPreferredDistricts(scenario, problems);
    }

    private static void checkCourseGroups(List<CourseGroup> groups, Problems problems) {
        for (int i = 0; i < groups.size(); i++) {
            CourseGroup group = groups.get(i);
            if (group.uncapped() && !group.kind().isOpenOffer()) {
                problems.error(ProblemCode.MISSING_FIELD, Section.COURSE_GROUPS, i, Optional.of(group.id()), "seats",
                        "course group '" + group.id() + "' of kind " + group.kind() + " states no seats",
                        "seats for every course kind but pre-integration (an open offer may leave its cap out)");
            }
            if (!group.rollingIntake() && group.cohortStarts().isEmpty()) {
                problems.error(ProblemCode.NO_INTAKE_DATES, Section.COURSE_GROUPS, i, Optional.of(group.id()),
                        "cohortStarts", "course group '" + group.id() + "' has no rolling intake and no cohort start",
                        "at least one cohort start date, or rollingIntake true");
            }
        }
    }

    private static void checkPlacements(List<Placement> placements, Problems problems) {
        for (int i = 0; i < placements.size(); i++) {
            Placement placement = placements.get(i);
            if (placement.uncapped() && !placement.kind().isOpenOffer()) {
                problems.error(ProblemCode.MISSING_FIELD, Section.PLACEMENTS, i, Optional.of(placement.id()), "slots",
                        "placement '" + placement.id() + "' of kind " + placement.kind() + " states no slots",
                        "slots for every placement kind but volunteer work and social participation (open offers"
                                + " may leave their cap out)");
            }
        }
    }

    private static void checkSchoolClasses(List<SchoolClass> classes, Problems problems) {
        for (int i = 0; i < classes.size(); i++) {
            SchoolClass schoolClass = classes.get(i);
            Optional<String> id = Optional.of(schoolClass.id());
            if (!schoolClass.rollingIntake() && schoolClass.intakeDates().isEmpty()) {
                problems.error(ProblemCode.NO_INTAKE_DATES, Section.SCHOOL_CLASSES, i, id, "intakeDates",
                        "school class '" + schoolClass.id() + "' has no rolling intake and no intake date",
                        "at least one intake date, or rollingIntake true");
            }
            if (schoolClass.minAge() > schoolClass.maxAge()) {
                problems.error(ProblemCode.AGE_RANGE_INVERTED, Section.SCHOOL_CLASSES, i, id, "maxAge",
                        "maxAge " + schoolClass.maxAge() + " is below minAge " + schoolClass.minAge(),
                        "a maxAge of at least minAge " + schoolClass.minAge());
            }
        }
    }

    private static void checkFindings(List<IntakeReport> reports, Problems problems) {
        for (int i = 0; i < reports.size(); i++) {
            IntakeReport report = reports.get(i);
            Map<LifeDomain, Integer> firstIndex = new EnumMap<>(LifeDomain.class);
            for (int k = 0; k < report.findings().size(); k++) {
                Finding finding = report.findings().get(k);
                Integer first = firstIndex.putIfAbsent(finding.domain(), k);
                if (first != null) {
                    problems.error(ProblemCode.DUPLICATE_FINDING_DOMAIN, Section.INTAKE_REPORTS, i,
                            Optional.of(report.id()), "findings[" + k + "].domain",
                            "life domain " + finding.domain() + " already has a finding at findings[" + first + "]",
                            "at most one finding per life domain in one report");
                }
            }
        }
    }

    /** Warns for each household no single dwelling can hold; silent when the scenario offers no dwellings at all. */
    private static void checkHouseholdsFit(Scenario scenario, Problems problems) {
        List<Dwelling> dwellings = scenario.dwellings();
        if (dwellings.isEmpty()) {
            return;
        }
        Map<String, Long> sizes = scenario.persons().stream()
                .collect(Collectors.groupingBy(p -> p.householdId(), Collectors.counting()));
        for (int i = 0; i < scenario.households().size(); i++) {
            Household household = scenario.households().get(i);
            long size = sizes.getOrDefault(household.id(), 0L);
            if (size == 0 || dwellings.stream().anyMatch(d -> d.fits(household, size))) {
                continue;
            }
            problems.warning(ProblemCode.HOUSEHOLD_FITS_NO_DWELLING, Section.HOUSEHOLDS, i,
                    Optional.of(household.id()), "", whyNoFit(household, size, dwellings),
                    "at least one dwelling with room for " + size + " occupants, at least "
                            + household.minimumRooms() + " rooms"
                            + (household.needsAccessibleDwelling() ? " and accessible" : ""));
        }
    }

    private static String whyNoFit(Household household, long size, List<Dwelling> dwellings) {
        int largest = dwellings.stream().mapToInt(Dwelling::maxOccupants).max().orElse(0);
        int mostRooms = dwellings.stream().mapToInt(Dwelling::rooms).max().orElse(0);
        String who = "household '" + household.id() + "'";
        if (largest < size) {
            return who + " has " + size + " members but the largest dwelling holds " + largest;
        }
        if (mostRooms < household.minimumRooms()) {
            return who + " needs " + household.minimumRooms() + " rooms but the largest dwelling has " + mostRooms;
        }
        if (household.needsAccessibleDwelling() && dwellings.stream().noneMatch(Dwelling::accessible)) {
            return who + " needs an accessible dwelling and none is offered";
        }
        return who + " (" + size + " members) fits no single dwelling once size, rooms and accessibility are"
                + " taken together";
    }

    private static void checkPreferredDistricts(Scenario scenario, Problems problems) {
        Set<String> districts = scenario.locations().stream().map(Location::district).collect(Collectors.toSet());
        for (int i = 0; i < scenario.households().size(); i++) {
            Household household = scenario.households().get(i);
            Optional<String> district = household.preferredDistrict();
            if (district.isPresent() && !districts.contains(district.get())) {
                problems.warning(ProblemCode.UNKNOWN_DISTRICT, Section.HOUSEHOLDS, i, Optional.of(household.id()),
                        "preferredDistrict", "no location lies in district '" + district.get() + "'",
                        "the district of a location in $.locations");
            }
        }
    }
}
