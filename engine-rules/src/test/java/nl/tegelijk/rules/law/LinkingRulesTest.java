package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code linking.drl} (cases as data in {@code nl/tegelijk/rules/law/linking/cases.json}). */
class LinkingRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("linking").toList();
        assertThat(cases).as("rule cases of linking.drl").isNotEmpty();
        return cases.stream();
    }
}
