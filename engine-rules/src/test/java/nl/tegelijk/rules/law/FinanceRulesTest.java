package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code finance.drl} (cases as data in {@code nl/tegelijk/rules/law/finance/cases.json}). */
class FinanceRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("finance").toList();
        assertThat(cases).as("rule cases of finance.drl").isNotEmpty();
        return cases.stream();
    }
}
