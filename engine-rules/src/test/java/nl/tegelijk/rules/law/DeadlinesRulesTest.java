package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code deadlines.drl} (cases as data in {@code nl/tegelijk/rules/law/deadlines/cases.json}). */
class DeadlinesRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("deadlines").toList();
        assertThat(cases).as("rule cases of deadlines.drl").isNotEmpty();
        return cases.stream();
    }
}
