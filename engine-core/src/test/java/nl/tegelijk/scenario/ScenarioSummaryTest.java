package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.support.ExampleScenario;
import org.junit.jupiter.api.Test;

class ScenarioSummaryTest {

    private final ScenarioSummary summary = ScenarioSummary.of(ExampleScenario.scenario());

    @Test
    void countsPersonsByStatusAndAgeBandOnThePlanStart() {
        assertThat(summary.persons()).isEqualTo(11);
        assertThat(summary.personsByStatusAndAge().get(ResidenceStatus.PERMIT_HOLDER)).containsExactly(
                java.util.Map.entry(AgeBand.AGE_0_4, 1), java.util.Map.entry(AgeBand.AGE_5_11, 1),
                java.util.Map.entry(AgeBand.AGE_12_17, 1), java.util.Map.entry(AgeBand.AGE_18_26, 1),
                java.util.Map.entry(AgeBand.AGE_27_66, 2), java.util.Map.entry(AgeBand.AGE_67_PLUS, 0));
        assertThat(summary.personsByStatusAndAge().get(ResidenceStatus.ASYLUM_SEEKER).get(AgeBand.AGE_12_17))
                .isEqualTo(1);
        assertThat(summary.personsByStatusAndAge().get(ResidenceStatus.OTHER_RESIDENT).get(AgeBand.AGE_27_66))
                .isEqualTo(2);
    }

    @Test
    void countsHouseholdsBySize() {
        assertThat(summary.households()).isEqualTo(5);
        assertThat(summary.householdSizes()).containsExactly(java.util.Map.entry(1, 2), java.util.Map.entry(2, 2),
                java.util.Map.entry(5, 1));
    }

    @Test
    void sumsCapacityPerResourceKind() {
        assertThat(summary.resources()).contains(
                new ScenarioSummary.ResourceLine("dwelling", "all", 3, 10, "occupants"),
                new ScenarioSummary.ResourceLine("course group", "PRE_INTEGRATION", 2, 27, "seats"),
                new ScenarioSummary.ResourceLine("school class", "ISK", 1, 24, "seats"),
                new ScenarioSummary.ResourceLine("placement", "VOLUNTEER_WORK", 1, 4, "slots"));
    }

    @Test
    void countsWhatTheScenarioExpectsPerHalfYear() {
        // the couple H-04 expects its permit on 2016-07-04 and linking on 2016-07-18: both in 2016-H2
        assertThat(summary.flow()).extracting(ScenarioSummary.FlowLine::label)
                .containsExactly("2016-H1", "2016-H2", "2017-H1", "2017-H2", "2018-H1");
        assertThat(summary.flow().get(0).expectedArrivals()).isZero();
        assertThat(summary.flow().get(1).expectedArrivals()).isEqualTo(2);
        assertThat(summary.flow().get(1).expectedDecisions()).isEqualTo(2);
        assertThat(summary.flow().get(0).dwellingsByRooms()).containsExactly(1, 1, 0, 1, 0);
        assertThat(summary.flow().stream().mapToInt(ScenarioSummary.FlowLine::dwellings).sum()).isEqualTo(3);
    }

    @Test
    void rendersOneScreenOfPlainText() {
        assertThat(summary.render())
                .hasSizeLessThanOrEqualTo(32)
                .contains("Scenario 'Zaanstad spring 2016 (example)' of Zaanstad: plan start 2016-04-04, 104 weeks",
                        "Persons: 11",
                        "  status            0-4  5-11 12-17 18-26 27-66   67+  total",
                        "  PERMIT_HOLDER       1     1     1     1     2     0      6",
                        "Households: 5; by size: 1 x2, 2 x2, 5 x1",
                        "Housing quota: 2016-H1 180, 2016-H2 207 (total 387)");
    }
}
