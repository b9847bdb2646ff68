package nl.tegelijk.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.ToDoubleFunction;
import nl.tegelijk.monitoring.PlanMetrics;

/**
 * A what-if variant and its plans: the figures of the variant's plan and of the base plan per seed, in the seeds'
 * order, and how every figure changes. Every figure is read from {@link PlanMetrics}; this only subtracts. Immutable
 * and thread-safe.
 *
 * @param variant the variant, its kinds of place resolved to the places that got the capacity
 * @param base the base plan's figures per seed
 * @param plans the variant plan's figures per seed
 */
public record VariantOutcome(CapacityVariant variant, List<PlanMetrics> base, List<PlanMetrics> plans) {

    public VariantOutcome {
        requireNonNull(variant, "variant");
        base = List.copyOf(base);
        plans = List.copyOf(plans);
        checkArgument(!base.isEmpty() && base.size() == plans.size(), "base (%s) and plans (%s) must hold the "
                + "figures of the same seeds", base.size(), plans.size());
    }

    /** How {@code figure} changes from the base to the variant (variant minus base per seed). */
    public FigureChange change(ToDoubleFunction<PlanMetrics> figure) {
        return FigureChange.of(base.stream().map(figure::applyAsDouble).toList(),
                plans.stream().map(figure::applyAsDouble).toList());
    }

    /**
     * Weeks gained: the fall in weeks to full participation (required tracks only, the headline) summed over the
     * persons counted, base minus variant per seed.
     */
    public FigureChange weeksGained() {
        return change(m -> m.weeksToFullParticipation().total()).negated();
    }

    /** The mean of {@link #weeksGained()} per unit of capacity the variant adds; 0 for a variant that adds nothing. */
    public double weeksGainedPerUnit() {
        int units = variant.units();
        return units == 0 ? 0 : weeksGained().mean() / units;
    }
}
