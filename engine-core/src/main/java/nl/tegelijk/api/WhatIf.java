package nl.tegelijk.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.tegelijk.monitoring.CapacityPressure;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.Plan;

/**
 * The answer of a what-if ({@link IntegrationEngine#whatIf}): where capacity binds in the base plan and what each
 * variant buys, ranked by weeks gained per unit. Immutable and thread-safe; owned by the caller.
 *
 * @param seeds the random seeds, one plan of the base and of every variant per seed
 * @param base the base plan's figures per seed
 * @param basePlan the base plan of the first seed, where the pressures come from (e.g. for a plan page)
 * @param pressures every kind of capped place by its pressure in the base plan of the first seed, the highest
 *     first
 * @param variants the variants' outcomes, ranked: most weeks gained per unit first (ties: the order asked)
 * @param elapsedMillis wall-clock time of the whole what-if
 */
public record WhatIf(List<Long> seeds, List<PlanMetrics> base, Plan basePlan, List<CapacityPressure> pressures,
                     List<VariantOutcome> variants, long elapsedMillis) {

    public WhatIf {
        seeds = List.copyOf(seeds);
        base = List.copyOf(base);
        requireNonNull(basePlan, "basePlan");
        pressures = List.copyOf(pressures);
        variants = List.copyOf(variants);
        checkArgument(seeds.size() == base.size(), "seeds (%s) and base plans (%s) must match", seeds.size(),
                base.size());
    }
}
