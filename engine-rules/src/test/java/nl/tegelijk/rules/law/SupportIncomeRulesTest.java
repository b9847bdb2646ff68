package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code support_income.drl} (cases as data in {@code nl/tegelijk/rules/law/support_income/cases.json}). */
class SupportIncomeRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("support_income").toList();
        assertThat(cases).as("rule cases of support_income.drl").isNotEmpty();
        return cases.stream();
    }
}
