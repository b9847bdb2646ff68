package nl.tegelijk.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.model.QuotaBasis;
import nl.tegelijk.monitoring.CouncilFigures;
import nl.tegelijk.monitoring.QuotaRealised;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The council report's quota section, on the tutorial planned once: the quota the law gives beside the given one. */
// Runs the solver: a hang fails the test instead of the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CouncilReportTest {

    private final PlannedScenario tutorial = PlannedScenario.tutorial();
    private final CouncilFigures figures = CouncilFigures.of(tutorial.scenario(), tutorial.assessments(),
            tutorial.plan());

    @Test
    void quotaSectionShowsTheFormulasQuotaBesideTheGivenQuotaAndTheHousedNumberAndADashWithoutFigures() {
        QuotaBasis b = PlannedScenario.FIRST_QUOTA_BASIS;
        int byFormula = BigDecimal.valueOf(b.nationalPermitHolders()).multiply(BigDecimal.valueOf(b.municipalPopulation()))
                .divide(BigDecimal.valueOf(b.nationalPopulation()), 0, RoundingMode.CEILING).intValueExact();

        String md = CouncilReport.of(figures, List.of(), false)
                .withQuotaChecks(tutorial.quotaChecksWithFiguresForTheFirstHalfYear()).markdown();

        QuotaRealised first = quota("2025-H1");
        QuotaRealised second = quota("2025-H2");
        assertThat(byFormula).isEqualTo(90);
        assertThat(md).contains("| Halfjaar | Gehuisvest | Taakstelling | Volgens de formule (HV-FORMULA-01) | "
                        + "Gerealiseerd |")
                .contains("| 2025-H1 | " + first.housed() + " | " + first.quota() + " | " + byFormula + " | ")
                .contains("| 2025-H2 | " + second.housed() + " | " + second.quota() + " | - | ")
                .contains("Huisvestingswet 2014 art. 29 lid 1, HV-FORMULA-01")
                .contains("2025-H1: 10.000 × 160.000 / 17.900.000, naar boven afgerond: " + byFormula);
    }

    @Test
    void quotaSectionInEnglishNamesTheLegalBasisAndTheFigures() {
        String md = CouncilReport.of(figures, List.of(), true)
                .withQuotaChecks(tutorial.quotaChecksWithFiguresForTheFirstHalfYear()).markdown();

        assertThat(md).contains("| Half-year | Housed | Quota | By the formula (HV-FORMULA-01) | Realised |")
                .contains("Huisvestingswet 2014 art. 29 lid 1, HV-FORMULA-01")
                .contains("2025-H1: 10,000 × 160,000 / 17,900,000, rounded up: 90");
    }

    @Test
    void withoutQuotaChecksEveryHalfYearShowsADash() {
        String md = CouncilReport.of(figures, List.of(), false).markdown();

        figures.quota().forEach(q -> assertThat(md).contains("| " + q.label() + " | " + q.housed() + " | "
                + q.quota() + " | - | "));
    }

    private QuotaRealised quota(String label) {
        return figures.quota().stream().filter(q -> q.label().equals(label)).findFirst().orElseThrow();
    }
}
