package nl.tegelijk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.InvalidAssessmentRequestException;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.QuotaBasis;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The facade with the national rules found through the service loader: it checks housing quotas and assesses on the
 * dates of a request exactly as the assessor does, so the command line and an integrator get the same decisions.
 */
class EngineWithNationalRulesTest {
    private static final IntegrationEngine ENGINE = IntegrationEngine.builder().build();
    private static final LocalDate FIRST_OF_2015 = LocalDate.of(2015, 1, 1);
    /** The documented example: 11 persons, quotas for 2016-H1 and 2016-H2 without figures. */
    private static final Scenario EXAMPLE = ScenarioReader.read(Path.of("../docs/examples/example-scenario.json"))
            .scenario().orElseThrow();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    @Test
    void checkQuotasGivesTheFormulasQuotaForTheQuotaWithItsFiguresAndNoneForTheQuotaWithout() {
        QuotaBasis basis = new QuotaBasis(23_000, 151_543, 16_900_726, FIRST_OF_2015);
        Scenario scenario = EXAMPLE.toBuilder().housingQuotas(List.of(new HousingQuota(2016, 1, 4),
                new HousingQuota(2016, 2, 200, Optional.of(basis)))).build();

        List<QuotaCheck> checks = ENGINE.checkQuotas(scenario);

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.year()).isEqualTo(2016);
            assertThat(c.half()).isEqualTo(2);
            assertThat(c.givenPersons()).isEqualTo(200);
            assertThat(c.calculatedPersons()).isEqualTo(shareRoundedUp(23_000, 151_543, 16_900_726));
            assertThat(c.justification().ruleId()).isEqualTo("HV-FORMULA-01");
        });
    }

    @Test
    void checkQuotasOfAScenarioWhoseQuotasStateNoFiguresIsEmpty() {
        assertThat(ENGINE.checkQuotas(EXAMPLE)).isEmpty();
    }

    @Test
    void assessingThroughTheFacadeWithAnApplicationDateGivesWhatTheAssessorGives() {
        Scenario scenario = EXAMPLE;
        AssessmentRequest request = new AssessmentRequest(scenario.planStart(), LocalDate.of(2025, 9, 1));

        List<Assessment> viaFacade = ENGINE.assess(scenario, request);

        assertThat(viaFacade).isEqualTo(DroolsAssessor.national().assess(IntakeMerger.merge(scenario), request));
        assertThat(viaFacade).extracting(Assessment::applicationDate).containsOnly(LocalDate.of(2025, 9, 1));
    }

    @Test
    void aRequestTheAssessorCannotAssessIsTheCallersErrorThroughTheFacadeToo() {
        AssessmentRequest beforeABirth = AssessmentRequest.on(LocalDate.of(2013, 6, 3));

        assertThatThrownBy(() -> ENGINE.assess(EXAMPLE, beforeABirth))
                .isInstanceOf(InvalidAssessmentRequestException.class).hasMessageContaining("2013-06-03")
                .hasMessageContaining("P-005");
    }

    /** ceil(vg × iG / iN), in decimal arithmetic rather than the rule's whole numbers. */
    private static int shareRoundedUp(int vg, int iG, int iN) {
        return BigDecimal.valueOf(vg).multiply(BigDecimal.valueOf(iG))
                .divide(BigDecimal.valueOf(iN), 0, RoundingMode.CEILING).intValueExact();
    }
}
