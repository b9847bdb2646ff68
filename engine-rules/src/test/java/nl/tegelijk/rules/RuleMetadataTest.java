package nl.tegelijk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.rules.fact.Why;
import nl.tegelijk.rules.parameter.LegalReferences;
import nl.tegelijk.rules.support.RuleCase;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

class RuleMetadataTest {

    private static List<Rule> nationalRules() {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage p : NationalRules.kieBase().getKiePackages()) {
            rules.addAll(p.getRules());
        }
        return rules;
    }

    @Test
    void everyNationalRuleCarriesTheLegalBasisMetadata() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : nationalRules()) {
            for (String key : Why.METADATA_KEYS) {
                if (!rule.getMetaData().containsKey(key)) {
                    missing.add(rule.getName() + " lacks @" + key);
                }
            }
            Object law = rule.getMetaData().get("law");
            if (law != null && LegalReferences.find(law.toString()).isEmpty()) {
                missing.add(rule.getName() + " cites (" + law + ") outside legal-references.json");
            }
            Object id = rule.getMetaData().get("ruleId");
            if (id != null && !id.toString().matches("[A-Z0-9]+(-[A-Z0-9]+)+[a-z]?")) {
                missing.add(rule.getName() + " has a malformed ruleId (" + id + ")");
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyNationalRuleLivesInTheFolderOfItsPackage() {
        for (KiePackage p : NationalRules.kieBase().getKiePackages()) {
            if (p.getRules().isEmpty()) {
                continue;
            }
            assertThat(p.getName()).startsWith("nl.tegelijk.rules.law.");
            String folder = "/" + p.getName().replace('.', '/') + "/";
            String drl = p.getName().substring(p.getName().lastIndexOf('.') + 1) + ".drl";
            assertThat(getClass().getResource(folder + drl)).as(folder + drl).isNotNull();
        }
    }

    @Test
    void everyNationalRuleNameIsASentenceAndUnique() {
        Set<String> names = new HashSet<>();
        for (Rule rule : nationalRules()) {
            assertThat(rule.getName()).as("rule name").matches("[A-Z0-9][^.]+[^.]").contains(" ");
            assertThat(names.add(rule.getName())).as("unique name " + rule.getName()).isTrue();
        }
    }

    @Test
    void everyNationalRuleDecidesInAtLeastOneRuleCase() {
        Set<String> fired = new HashSet<>();
        for (RuleCase c : RuleCases.all()) {
            for (Justification j : RuleCases.assess(c).justifications()) {
                fired.add(j.ruleName());
            }
        }
        // The duty rule for exemptions adopts the strongest exemption's justification (one decision, one id), so it is
        // reached when a case is not obliged on an exemption; DecisionIdentityTest checks the duty's justification.
        fired.add("Person with an exemption is not obliged on the strongest ground");
        fired.add("Person outside the scope of the integration laws is not obliged");
        // The quota rule decides for a half-year, not a person: HousingQuotaRulesTest checks it at the rounding bound.
        fired.add("Housing quota of a half-year is the national number times the municipal share of the population rounded up");
        List<String> unfired = nationalRules().stream().map(Rule::getName).filter(n -> !fired.contains(n)).toList();
        assertThat(unfired).as("rules no case reaches").isEmpty();
    }
}
