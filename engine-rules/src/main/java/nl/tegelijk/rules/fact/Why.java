package nl.tegelijk.rules.fact;

import com.google.common.collect.MapMaker;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.tegelijk.assessment.DecisionTopic;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.LegalBasis;
import nl.tegelijk.rules.parameter.LegalReferences;
import org.kie.api.definition.rule.Rule;

/**
 * Builds the {@link Justification} of a decision from the deciding rule itself: its name, and its metadata
 * {@code @ruleId @law @article @lid @nl @en}; the law's BWB id and link come from {@link LegalReferences}. Rule
 * consequences call {@code Why.by(drools.getRule(), topic, outcome)}. Justifications hold no personal data, so equal
 * ones are shared. Thread-safe.
 */
public final class Why {

    /** The metadata keys every rule must carry. */
    public static final java.util.List<String> METADATA_KEYS = java.util.List.of("ruleId", "law", "article", "lid",
            "nl", "en");

    /**
     * Per rule (weak identity keys: rules live as long as their KieBase), per outcome. Concurrent without a lock: every
     * consequence reads it, on every thread that assesses.
     */
    private static final Map<Rule, Map<String, Justification>> CACHE = new MapMaker().weakKeys().makeMap();

    private Why() {
    }

    /** The justification of {@code rule} deciding {@code outcome} on {@code topic}. */
    public static Justification by(Rule rule, DecisionTopic topic, String outcome) {
        Map<String, Justification> byOutcome = CACHE.computeIfAbsent(rule, r -> new ConcurrentHashMap<>());
        Justification cached = byOutcome.get(outcome);
        if (cached != null && cached.topic() == topic) {
            return cached;
        }
        Justification built = build(rule, topic, outcome);
        byOutcome.putIfAbsent(outcome, built);
        return built;
    }

    /**
     * Checks at start-up that {@code rule} can justify its decisions: every metadata key present and its law known
     * (in legal-references.json, or an own {@code @url}).
     *
     * @throws IllegalStateException naming the rule and what is missing
     */
    public static void check(Rule rule) {
        build(rule, DecisionTopic.MEASURE, "");
    }

    private static Justification build(Rule rule, DecisionTopic topic, String outcome) {
        Map<String, Object> meta = rule.getMetaData();
        String law = required(rule, meta, "law");
        LegalReferences.Source source = LegalReferences.find(law).or(() -> ownSource(meta)).orElseThrow(
                () -> new IllegalStateException("Rule (" + rule.getName() + ") cites law (" + law
                        + ") that is not in legal-references.json. Maybe add it there, or give the rule @url(...)."));
        String lid = required(rule, meta, "lid");
        LegalBasis basis = new LegalBasis(law, source.bwbId(), required(rule, meta, "article"),
                lid.isBlank() ? Optional.empty() : Optional.of(lid), source.url());
        return new Justification(required(rule, meta, "ruleId"), rule.getName(), topic, outcome, basis,
                required(rule, meta, "nl"), required(rule, meta, "en"));
    }

    /** A local rule may cite a source outside the shared table with {@code @url} (and {@code @bwbId}). */
    private static Optional<LegalReferences.Source> ownSource(Map<String, Object> meta) {
        Object url = meta.get("url");
        if (url == null) {
            return Optional.empty();
        }
        return Optional.of(new LegalReferences.Source(Optional.ofNullable(meta.get("bwbId")).map(o -> unquote(o.toString())),
                unquote(url.toString())));
    }

    /** The ruleId metadata of {@code rule}. */
    public static String ruleId(Rule rule) {
        return required(rule, rule.getMetaData(), "ruleId");
    }

    private static String required(Rule rule, Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            throw new IllegalStateException("Rule (" + rule.getName() + ") has no @" + key
                    + " metadata. Maybe add @" + key + "(\"...\") to it.");
        }
        return unquote(value.toString());
    }

    /** Metadata compiled at run time keeps the DRL quotes; the kjar build drops them. */
    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
