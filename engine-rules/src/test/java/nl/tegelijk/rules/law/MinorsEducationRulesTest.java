package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code minors_education.drl} (cases as data in {@code nl/tegelijk/rules/law/minors_education/cases.json}). */
class MinorsEducationRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("minors_education").toList();
        assertThat(cases).as("rule cases of minors_education.drl").isNotEmpty();
        return cases.stream();
    }
}
