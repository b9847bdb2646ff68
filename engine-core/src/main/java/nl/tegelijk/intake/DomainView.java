package nl.tegelijk.intake;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.SupportNeed;

/**
 * The merged view of the intake parties on one life domain of one person.
 *
 * @param domain the life domain
 * @param needLevel the highest need level any party reported (support is not withheld because one party saw less);
 *                  a disagreement is reported as an {@link IntakeConflict}
 * @param needs the union of the concrete needs reported
 * @param needLevelByParty what each party that reported on this domain said
 */
public record DomainView(LifeDomain domain, NeedLevel needLevel, Set<SupportNeed> needs,
                         Map<IntakeParty, NeedLevel> needLevelByParty) {
    public DomainView {
        requireNonNull(domain, "domain");
        requireNonNull(needLevel, "needLevel");
        needs = Set.copyOf(needs);
        needLevelByParty = Map.copyOf(needLevelByParty);
    }
}
