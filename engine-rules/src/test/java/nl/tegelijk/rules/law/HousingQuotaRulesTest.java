package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.assessment.DecisionTopic;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.QuotaBasis;
import nl.tegelijk.rules.DroolsAssessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule of {@code housing_quota.drl}: HV-FORMULA-01, the quota as ceil(vg × iG / iN), with cases at the rounding bound. */
class HousingQuotaRulesTest {
    private static final DroolsAssessor ASSESSOR = DroolsAssessor.national();

    private static QuotaCheck check(int year, int half, int given, int vg, int iG, int iN) {
        QuotaBasis basis = new QuotaBasis(vg, iG, iN, LocalDate.of(year - 1, 1, 1));
        List<QuotaCheck> checks = ASSESSOR.checkQuotas(List.of(new HousingQuota(year, half, given, Optional.of(basis))));
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A share that is a whole number is not rounded up          | 1000 | 1000 | 100000 | 10
            A share just above a whole number is rounded up           | 1000 | 1001 | 100000 | 11
            A share just below a whole number is rounded up to it     | 1000 |  999 | 100000 | 10
            No permit holders nationally gives no quota               |    0 | 1000 | 100000 |  0
            The smallest share of one permit holder is one            |    1 |    1 | 100000 |  1
            Large figures do not overflow, just below a whole number  | 10000000 | 99999999 | 100000000 | 10000000
            """)
    void quotaIsTheMunicipalShareOfTheNationalNumberRoundedUp(String name, int vg, int iG, int iN, int expected) {
        assertThat(check(2016, 1, expected, vg, iG, iN).calculatedPersons()).isEqualTo(expected);
    }

    @Test
    void zaanstadsQuotaOf2016FollowsFromItsPopulationOnTheFirstOfJanuary2015() {
        // DOMAIN.md 8.2, derived check: iG 151,543 and iN about 16.9 million on 1 January 2015; vg 20,000 and 23,000
        QuotaCheck first = check(2016, 1, 180, 20000, 151543, 16900000);
        QuotaCheck second = check(2016, 2, 207, 23000, 151543, 16900000);

        assertThat(first.calculatedPersons()).isEqualTo(180);
        assertThat(second.calculatedPersons()).isEqualTo(207);
        assertThat(first.difference()).isZero();
        assertThat(first.calculatedPersons() + second.calculatedPersons()).as("published 383, rounded shares").isEqualTo(387);
    }

    @Test
    void checkCarriesTheRuleIdAndLegalBasisAndTheGivenQuota() {
        QuotaCheck c = check(2016, 2, 200, 23000, 151543, 16900000);

        assertThat(c.givenPersons()).isEqualTo(200);
        assertThat(c.difference()).isEqualTo(-7);
        assertThat(c.justification().ruleId()).isEqualTo("HV-FORMULA-01");
        assertThat(c.justification().topic()).isEqualTo(DecisionTopic.QUOTA);
        assertThat(c.justification().legalBasis().citation()).isEqualTo("Huisvestingswet 2014 art. 29 lid 1");
    }

    @Test
    void quotaWithoutItsFiguresIsNotChecked() {
        assertThat(ASSESSOR.checkQuotas(List.of(new HousingQuota(2016, 1, 180)))).isEmpty();
    }
}
