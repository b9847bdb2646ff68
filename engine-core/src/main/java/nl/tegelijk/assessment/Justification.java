package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

/**
 * Why a decision was taken, or why an alternative was not: the rule, its id in DOMAIN.md, its legal basis, and one
 * sentence in plain Dutch and English. Carries no personal data.
 *
 * @param ruleId the rule id, e.g. {@code WI13-EXCL-01}
 * @param ruleName the rule's name, a sentence
 * @param topic what was decided
 * @param outcome the decision in a word or two, e.g. {@code "NOT_OBLIGED"} or {@code "not B1"}
 * @param legalBasis the law, article and lid
 * @param explanationNl one sentence in plain Dutch
 * @param explanationEn the same in English
 */
public record Justification(String ruleId, String ruleName, DecisionTopic topic, String outcome,
                            LegalBasis legalBasis, String explanationNl, String explanationEn) {
    public Justification {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(ruleName, "ruleName");
        requireNonNull(topic, "topic");
        requireNonNull(outcome, "outcome");
        requireNonNull(legalBasis, "legalBasis");
        requireNonNull(explanationNl, "explanationNl");
        requireNonNull(explanationEn, "explanationEn");
    }
}
