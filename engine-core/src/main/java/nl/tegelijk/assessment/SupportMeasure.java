package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.model.LifeDomain;

/**
 * A support measure or referral for one life domain, with the rule that grants it.
 *
 * @param domain the life domain
 * @param measure the measure
 * @param from the first day, when dated
 * @param until the last day, when dated
 * @param ruleId the rule id
 */
public record SupportMeasure(LifeDomain domain, MeasureKind measure, Optional<LocalDate> from,
                             Optional<LocalDate> until, String ruleId) {
    public SupportMeasure {
        requireNonNull(domain, "domain");
        requireNonNull(measure, "measure");
        requireNonNull(from, "from");
        requireNonNull(until, "until");
        requireNonNull(ruleId, "ruleId");
    }
}
