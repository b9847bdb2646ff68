package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code language.drl} (cases as data in {@code nl/tegelijk/rules/law/language/cases.json}). */
class LanguageRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("language").toList();
        assertThat(cases).as("rule cases of language.drl").isNotEmpty();
        return cases.stream();
    }
}
