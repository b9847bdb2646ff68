package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code work.drl} (cases as data in {@code nl/tegelijk/rules/law/work/cases.json}). */
class WorkRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("work").toList();
        assertThat(cases).as("rule cases of work.drl").isNotEmpty();
        return cases.stream();
    }
}
