package nl.tegelijk.scenario;

import static nl.tegelijk.scenario.ScenarioAssertions.assertOnlyError;
import static nl.tegelijk.scenario.ScenarioAssertions.object;
import static nl.tegelijk.scenario.ScenarioAssertions.readExampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import nl.tegelijk.model.Person;
import nl.tegelijk.support.ExampleScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Problems of a scenario that flows: what the municipality expects after the plan start (an asylum decision, a
 * linking by COA) on both sides of each date. The example's plan start is 2016-04-04; P-001 is a permit holder linked
 * before it, P-006 (index 5) a permit holder not yet linked, P-009 (index 8) an asylum seeker (application
 * 2016-01-11) expecting a permit on 2016-07-04 and linking on 2016-07-18.
 */
class ScenarioFlowSemanticsTest {

    @Test
    void exampleAsylumSeekerExpectsAPermitAndALinkAfterThePlanStart() {
        Person expected = ExampleScenario.scenario().persons().get(8);

        assertThat(expected.expectedPermitDate()).contains(LocalDate.of(2016, 7, 4));
        assertThat(expected.expectedOn(LocalDate.of(2016, 4, 4))).isTrue();
        assertThat(expected.expectedOn(LocalDate.of(2016, 7, 18))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "expected permit on a permit holder | 5 | expectedPermitDate=2016-06-01 "
                    + "| EXPECTED_PERMIT_NOT_ASYLUM_SEEKER | expectedPermitDate",
            "expected permit on the day of the plan start | 8 | expectedPermitDate=2016-04-04 "
                    + "| EXPECTED_PERMIT_NOT_AFTER_PLAN_START | expectedPermitDate",
            "expected permit before the asylum application | 8 "
                    + "| asylumApplicationDate=2016-05-02;expectedPermitDate=2016-05-01 "
                    + "| PERMIT_BEFORE_APPLICATION | expectedPermitDate",
            "linking the day before the expected permit | 8 | linkedToMunicipalityDate=2016-07-03 "
                    + "| LINKED_BEFORE_PERMIT | linkedToMunicipalityDate",
            "asylum seeker linked without an expected permit | 8 | expectedPermitDate= "
                    + "| LINKED_WITHOUT_PERMIT | linkedToMunicipalityDate",
            "permit after the plan start without a link | 5 | permitGrantedDate=2016-04-05 "
                    + "| PERMIT_AFTER_PLAN_START_NOT_EXPECTED | permitGrantedDate"})
    void flowProblemIsReportedAtItsField(String name, int index, String edits, ProblemCode code, String field) {
        ScenarioReadResult result = readExampleWith(root -> edit(object(root, "/persons/" + index), edits));

        assertOnlyError(result, code, String.format("P-%03d", index + 1), "$.persons[" + index + "]." + field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "expected permit the day after the plan start | 8 | expectedPermitDate=2016-04-05",
            "linking on the day of the expected permit | 8 | linkedToMunicipalityDate=2016-07-04",
            "permit after the plan start of an expected arrival | 5 "
                    + "| permitGrantedDate=2016-04-05;linkedToMunicipalityDate=2016-04-19"})
    void flowOnTheOtherSideOfTheDateIsAccepted(String name, int index, String edits) {
        ScenarioReadResult result = readExampleWith(root -> edit(object(root, "/persons/" + index), edits));

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void permitAfterThePlanStartOfAPersonLinkedBeforeItIsReported() {
        ScenarioReadResult result = readExampleWith(root -> edit(object(root, "/persons/0"),
                "permitGrantedDate=2016-04-05;linkedToMunicipalityDate=2016-04-04"));

        assertThat(result.errors()).extracting(ScenarioProblem::code)
                .containsExactlyInAnyOrder(ProblemCode.PERMIT_AFTER_PLAN_START_NOT_EXPECTED,
                        ProblemCode.LINKED_BEFORE_PERMIT);
    }

    @Test
    void expectedPermitRoundTrips() {
        var scenario = ExampleScenario.scenario();

        assertThat(ScenarioReader.fromJson(ScenarioWriter.toJson(scenario)).orElseThrow()).isEqualTo(scenario);
    }

    /** Applies {@code field=value;...} to a person; an empty value removes the field. */
    private static void edit(ObjectNode person, String edits) {
        for (String edit : edits.split(";")) {
            String[] fieldValue = edit.split("=", -1);
            if (fieldValue[1].isBlank()) {
                person.remove(fieldValue[0].trim());
            } else {
                person.put(fieldValue[0].trim(), fieldValue[1].trim());
            }
        }
    }
}
