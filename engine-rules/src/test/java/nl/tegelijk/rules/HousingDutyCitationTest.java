package nl.tegelijk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.DecisionTopic;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.rules.support.RuleCase;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.Test;

/** HV-DUTY-01 cites the housing act in force on the reference date: the act of 1992 until 2014, the 2014 act after. */
class HousingDutyCitationTest {

    private static Justification housingDuty(String caseName) {
        RuleCase c = RuleCases.load("housing").stream().filter(x -> x.name().equals(caseName)).findFirst().orElseThrow();
        Assessment a = RuleCases.assess(c);
        return a.justifications().stream()
                .filter(j -> j.topic() == DecisionTopic.TRACK && j.ruleId().startsWith("HV-DUTY-01"))
                .findFirst().orElseThrow();
    }

    @Test
    void onTheLastDayOf2014TheHousingDutyCitesTheHuisvestingswetOf1992() {
        Justification j = housingDuty("Linked permit holder on the last day before the Huisvestingswet 2014 is housed "
                + "under the Huisvestingswet of 1992");
        assertThat(j.legalBasis().law()).isEqualTo("Huisvestingswet");
        assertThat(j.legalBasis().bwbId()).contains("BWBR0005181");
    }

    @Test
    void fromThe2015EntryIntoForceTheHousingDutyCitesTheHuisvestingswet2014Article28() {
        Justification j = housingDuty("Linked permit holder on the day the Huisvestingswet 2014 enters into force is "
                + "housed under it");
        assertThat(j.legalBasis().law()).isEqualTo("Huisvestingswet 2014");
        assertThat(j.legalBasis().article()).isEqualTo("28");
    }
}
