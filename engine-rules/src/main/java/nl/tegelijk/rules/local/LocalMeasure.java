package nl.tegelijk.rules.local;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.assessment.DecisionTopic;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.SupportMeasure;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.assessment.MeasureKind;
import nl.tegelijk.rules.fact.Why;
import org.kie.api.definition.rule.Rule;

/**
 * The only thing a local-policy rule can add to an assessment: a support measure with its justification. Local rules
 * insert it with {@link #of(Rule, String, LifeDomain, MeasureKind)}. Immutable and thread-safe.
 */
public final class LocalMeasure {
    private final String personId;
    private final SupportMeasure measure;
    private final Justification justification;

    public LocalMeasure(String personId, SupportMeasure measure, Justification justification) {
        this.personId = requireNonNull(personId, "personId");
        this.measure = requireNonNull(measure, "measure");
        this.justification = requireNonNull(justification, "justification");
    }

    /** A measure without dates granted by {@code rule}; the justification comes from the rule's metadata. */
    public static LocalMeasure of(Rule rule, String personId, LifeDomain domain, MeasureKind kind) {
        return dated(rule, personId, domain, kind, Optional.empty(), Optional.empty());
    }

    /** A dated measure granted by {@code rule}. */
    public static LocalMeasure dated(Rule rule, String personId, LifeDomain domain, MeasureKind kind,
                                     Optional<LocalDate> from, Optional<LocalDate> until) {
        Justification why = Why.by(rule, DecisionTopic.MEASURE, kind.name());
        return new LocalMeasure(personId, new SupportMeasure(domain, kind, from, until, why.ruleId()), why);
    }

    public String getPersonId() { return personId; }
    public SupportMeasure getMeasure() { return measure; }
    public Justification getJustification() { return justification; }
}
