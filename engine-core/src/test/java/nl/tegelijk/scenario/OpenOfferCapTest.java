package nl.tegelijk.scenario;

import static nl.tegelijk.scenario.ScenarioAssertions.assertOnlyError;
import static nl.tegelijk.scenario.ScenarioAssertions.object;
import static nl.tegelijk.scenario.ScenarioAssertions.readExampleWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import nl.tegelijk.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cap of a resource: absent means not capped, allowed only for an open offer (volunteer work, social participation,
 * pre-integration); a stated cap is at least 1. Placements of the example: 0 volunteer work, 2 traineeship; course
 * groups: 0 pre-integration, 2 A2 course.
 */
class OpenOfferCapTest {

    @Test
    void volunteerWorkWithoutSlotsLoadsAsNotCapped() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/placements/0").remove("slots"));

        assertThat(result.problems()).as(result.describe()).isEmpty();
        Scenario scenario = result.scenario().orElseThrow();
        assertThat(scenario.placements().get(0).slots()).isEmpty();
        assertThat(scenario.placements().get(2).slots()).contains(2);
    }

    @Test
    void preIntegrationWithoutSeatsLoadsAsNotCapped() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/courseGroups/0").remove("seats"));

        assertThat(result.problems()).as(result.describe()).isEmpty();
        assertThat(result.scenario().orElseThrow().courseGroups().get(0).uncapped()).isTrue();
    }

    @Test
    void aTraineeshipWithoutSlotsIsAMissingField() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/placements/2").remove("slots"));

        ScenarioProblem error = assertOnlyError(result, ProblemCode.MISSING_FIELD, "PL-TRN", "$.placements[2].slots");
        assertThat(error.message()).contains("TRAINEESHIP").contains("states no slots");
    }

    @Test
    void anA2CourseWithoutSeatsIsAMissingField() {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/courseGroups/2").remove("seats"));

        assertOnlyError(result, ProblemCode.MISSING_FIELD, "CG-A2", "$.courseGroups[2].seats");
    }

    @ParameterizedTest(name = "a stated cap of {0} on volunteer work is not positive")
    @ValueSource(ints = {0, -3})
    void aStatedCapOfZeroOrLessIsNotPositiveEvenOnAnOpenOffer(int slots) {
        ScenarioReadResult result = readExampleWith(root -> object(root, "/placements/0").put("slots", slots));

        assertOnlyError(result, ProblemCode.NOT_POSITIVE, "PL-VOL", "$.placements[0].slots");
    }

    @Test
    void aNotCappedOfferIsWrittenWithoutItsCapAndReadBackEqual() {
        Scenario scenario = readExampleWith(root -> object(root, "/placements/0").remove("slots")).scenario()
                .orElseThrow();

        String json = ScenarioWriter.toJson(scenario);
        ScenarioReadResult again = ScenarioReader.fromJson(json);

        assertThat(ScenarioWriter.toTree(scenario).at("/placements/0").has("slots")).isFalse();
        assertThat(again.scenario()).isEqualTo(Optional.of(scenario));
    }
}
