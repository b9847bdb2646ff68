package nl.tegelijk.scenario;

import static nl.tegelijk.scenario.ScenarioAssertions.assertOnlyError;
import static nl.tegelijk.scenario.ScenarioAssertions.object;
import static nl.tegelijk.scenario.ScenarioAssertions.readExampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import nl.tegelijk.model.Person;
import org.junit.jupiter.api.Test;

/** The civic-integration file in its legal order: permit, DUO's notification, the first plan, its amendments. */
class CivicIntegrationFileChecksTest {

    private static ObjectNode file(ObjectNode root) {
        return object(root, "/persons/0").putObject("civicIntegration").put("courseHoursFollowed", 0)
                .put("effortShown", false);
    }

    @Test
    void aCompleteFileInOrderIsReadIntoThePerson() {
        ScenarioReadResult result = readExampleWith(root -> {
            ObjectNode f = file(root).put("duoNotificationDate", "2016-01-20").put("personalPlanDate", "2016-03-01")
                    .put("courseHoursFollowed", 600).put("effortShown", true);
            f.putArray("personalPlanAmendmentDates").add("2016-09-01");
        });
        assertThat(result.errors()).isEmpty();
        Person p = result.scenario().orElseThrow().persons().get(0);
        assertThat(p.civicIntegration().personalPlanDate()).contains(LocalDate.of(2016, 3, 1));
        assertThat(p.civicIntegration().personalPlanAmendmentDates()).containsExactly(LocalDate.of(2016, 9, 1));
        assertThat(p.civicIntegration().courseHoursFollowed()).isEqualTo(600);
    }

    @Test
    void aDuoNotificationBeforeThePermitIsReportedAtTheNotificationDate() {
        ScenarioReadResult result = readExampleWith(root -> file(root).put("duoNotificationDate", "2016-01-19"));
        assertOnlyError(result, ProblemCode.DUO_NOTIFICATION_BEFORE_PERMIT, "P-001",
                "$.persons[0].civicIntegration.duoNotificationDate");
    }

    @Test
    void aPlanBeforeTheNotificationIsReportedAtThePlanDate() {
        ScenarioReadResult result = readExampleWith(root -> file(root).put("duoNotificationDate", "2016-02-01")
                .put("personalPlanDate", "2016-01-31"));
        assertOnlyError(result, ProblemCode.PERSONAL_PLAN_BEFORE_NOTIFICATION, "P-001",
                "$.persons[0].civicIntegration.personalPlanDate");
    }

    @Test
    void anAmendmentOnThePlanDateOrWithoutAPlanIsReportedAtTheAmendment() {
        ScenarioReadResult onPlanDate = readExampleWith(root -> file(root).put("personalPlanDate", "2016-03-01")
                .putArray("personalPlanAmendmentDates").add("2016-03-01"));
        assertOnlyError(onPlanDate, ProblemCode.PLAN_AMENDMENT_BEFORE_PLAN, "P-001",
                "$.persons[0].civicIntegration.personalPlanAmendmentDates[0]");
        ScenarioReadResult withoutPlan = readExampleWith(root -> file(root)
                .putArray("personalPlanAmendmentDates").add("2016-03-02"));
        assertOnlyError(withoutPlan, ProblemCode.PLAN_AMENDMENT_BEFORE_PLAN, "P-001",
                "$.persons[0].civicIntegration.personalPlanAmendmentDates[0]");
    }
}
