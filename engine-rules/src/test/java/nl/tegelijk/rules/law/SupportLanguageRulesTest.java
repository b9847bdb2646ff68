package nl.tegelijk.rules.law;

import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code support_language.drl} (cases as data in {@code nl/tegelijk/rules/law/support_language/cases.json}). */
class SupportLanguageRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        return RuleCases.run("support_language");
    }
}
