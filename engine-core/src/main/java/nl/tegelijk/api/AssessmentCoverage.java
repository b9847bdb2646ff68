package nl.tegelijk.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;

/**
 * Checks that a list of assessments is the scenario's: exactly one per person, no stranger. A plan made from fewer
 * would leave persons out without listing them as unplanned. Stateless.
 */
final class AssessmentCoverage {

    /** At most this many ids are named per kind of problem; the rest are counted. */
    private static final int NAMED = 10;

    private AssessmentCoverage() {
    }

    /**
     * @throws IllegalArgumentException naming (by pseudonymous id) the persons without an assessment, the assessments
     *     of persons not in the scenario and the persons assessed twice
     */
    static void require(Scenario scenario, List<Assessment> assessments) {
        Set<String> persons = new LinkedHashSet<>();
        scenario.persons().stream().map(Person::id).forEach(persons::add);
        Set<String> assessed = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        Set<String> strangers = new LinkedHashSet<>();
        for (Assessment a : assessments) {
            if (!assessed.add(a.personId())) {
                twice.add(a.personId());
            }
            if (!persons.contains(a.personId())) {
                strangers.add(a.personId());
            }
        }
        Set<String> missing = new LinkedHashSet<>(persons);
        missing.removeAll(assessed);
        List<String> problems = new ArrayList<>();
        describe(missing, "person(s) of the scenario without an assessment", problems);
        describe(strangers, "assessment(s) of persons not in the scenario", problems);
        describe(twice, "person(s) assessed more than once", problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The assessments do not match scenario (" + scenario.name() + "): "
                    + String.join("; ", problems) + ". Maybe assess the scenario itself with assess(scenario).");
        }
    }

    private static void describe(Set<String> ids, String what, List<String> problems) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> named = ids.stream().limit(NAMED).map(ChangeApplier::printable).toList();
        problems.add(ids.size() + " " + what + " (" + String.join(", ", named)
                + (ids.size() > NAMED ? ", and " + (ids.size() - NAMED) + " more" : "") + ")");
    }
}
