package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code requirements.drl} (cases as data in {@code nl/tegelijk/rules/law/requirements/cases.json}). */
class RequirementsRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("requirements").toList();
        assertThat(cases).as("rule cases of requirements.drl").isNotEmpty();
        return cases.stream();
    }
}
