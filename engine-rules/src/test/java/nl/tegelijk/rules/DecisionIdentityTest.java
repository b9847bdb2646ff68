package nl.tegelijk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.DecisionTopic;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.rules.parameter.LegalReferences;
import nl.tegelijk.rules.support.Profiles;
import nl.tegelijk.rules.support.RandomPersons;
import nl.tegelijk.rules.support.RuleCase;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One rule id, one decision; and every decision cites a law in force when it is applied. Checked over every rule case
 * and a seeded population on dates from 2014 to 2030.
 */
class DecisionIdentityTest {
    private static final List<Assessment> ASSESSMENTS = new ArrayList<>();
    private static final Set<DecisionTopic> STILL_TO_COME_TOPICS = Set.of(DecisionTopic.REQUIREMENT, DecisionTopic.DEADLINE);

    @BeforeAll
    static void assessCasesAndPopulation() {
        for (RuleCase c : RuleCases.all()) {
            ASSESSMENTS.add(RuleCases.assess(c));
        }
        Random r = new Random(12);
        DroolsAssessor assessor = DroolsAssessor.national();
        for (int batch = 0; batch < 40; batch++) {
            LocalDate ref = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(16 * 365));
            List<IntegralProfile> profiles = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                profiles.add(Profiles.profile(RandomPersons.person(r, ref, "p-" + batch + "-" + i)));
            }
            ASSESSMENTS.addAll(assessor.assess(profiles, AssessmentRequest.on(ref)));
        }
    }

    @Test
    void everyRuleIdNamesExactlyOneDecision() {
        Map<String, Set<String>> outcomesById = new TreeMap<>();
        for (Assessment a : ASSESSMENTS) {
            for (Justification j : a.justifications()) {
                outcomesById.computeIfAbsent(j.ruleId(), id -> new TreeSet<>()).add(j.topic() + " | " + j.outcome());
            }
        }
        Map<String, Set<String>> shared = new TreeMap<>();
        outcomesById.forEach((id, outcomes) -> {
            if (outcomes.size() > 1) {
                shared.put(id, outcomes);
            }
        });
        assertThat(shared).as("rule ids used for more than one decision").isEmpty();
    }

    @Test
    void everyJustificationCitesALawInForceOnTheApplicationDate() {
        Set<String> outOfForce = new TreeSet<>();
        for (Assessment a : ASSESSMENTS) {
            Set<String> optionRules = new TreeSet<>();
            a.tracks().forEach(t -> optionRules.add(t.ruleId()));
            for (Justification j : a.justifications()) {
                if (j.topic() == DecisionTopic.TRACK && optionRules.contains(j.ruleId())) {
                    continue; // the track options' rules are reworked in issue 11 (HV-DUTY-01 cites the 2014 act in 2014)
                }
                // a duty still to come (WI13-PLICHT-01g/h, WI21-PLICHT-01c/d) cites the law in force on the day it
                // arises, and so do its exam components and deadlines (WI21-ROUTE-B1d, WI21-PIP-03e, ...)
                Optional<LocalDate> arises = j.topic() == DecisionTopic.DUTY ? a.dutyDate()
                        : STILL_TO_COME_TOPICS.contains(j.topic()) && !a.duty().obliged() ? a.duty().dutyArisesOn()
                        : Optional.empty();
                LegalReferences.find(j.legalBasis().law())
                        .filter(s -> !s.inForceOn(a.applicationDate()) && !arises.map(s::inForceOn).orElse(false))
                        .ifPresent(s -> outOfForce.add(j.ruleId() + " (" + j.ruleName() + ") cites "
                                + j.legalBasis().law() + " on " + a.applicationDate()));
            }
        }
        assertThat(outOfForce).as("justifications citing a law not yet in force").isEmpty();
    }

    @Test
    void theDutyDecisionCarriesTheRuleIdAndLegalBasisOfItsOwnJustification() {
        for (Assessment a : ASSESSMENTS) {
            Justification duty = a.justifications().stream()
                    .filter(j -> j.ruleId().equals(a.duty().ruleId()) && j.legalBasis().equals(a.duty().legalBasis()))
                    .findFirst().orElse(null);
            assertThat(duty).as("justification of the duty decision of " + a.personId()).isNotNull();
        }
    }
}
