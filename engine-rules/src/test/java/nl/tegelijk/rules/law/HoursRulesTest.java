package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code hours.drl} (cases as data in {@code nl/tegelijk/rules/law/hours/cases.json}). */
class HoursRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("hours").toList();
        assertThat(cases).as("rule cases of hours.drl").isNotEmpty();
        return cases.stream();
    }
}
