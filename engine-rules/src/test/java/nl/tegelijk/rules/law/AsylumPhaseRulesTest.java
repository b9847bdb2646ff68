package nl.tegelijk.rules.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The rule cases of {@code asylum_phase.drl} (cases as data in {@code nl/tegelijk/rules/law/asylum_phase/cases.json}). */
class AsylumPhaseRulesTest {

    @TestFactory
    Stream<DynamicTest> casesDecideAsExpected() {
        List<DynamicTest> cases = RuleCases.run("asylum_phase").toList();
        assertThat(cases).as("rule cases of asylum_phase.drl").isNotEmpty();
        return cases.stream();
    }
}
