package nl.tegelijk.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Consumer;
import nl.tegelijk.planning.PlanOptions;

/**
 * What a what-if ({@link IntegrationEngine#whatIf}) plans: the variants (none: find the bottlenecks and try one unit
 * more at each of the {@code candidates} most pressed kinds of place), the seeds, and the budget of every plan.
 * Immutable, and thread-safe as long as the progress listener is; build it with {@link #builder()}.
 *
 * @param variants the variants to compare with the base; empty to let the what-if choose them
 * @param seeds how many seeds, at least 1: seeds {@code s, s+1, ...} from the options' random seed
 * @param options the options of every plan, base and variant alike (the random seed replaced per seed; a progress
 *     listener is not used)
 * @param candidates how many of the most pressed kinds of place get a variant when none are given
 * @param parallelism plans solved at the same time, at least 1
 * @param progress told after every plan, on the thread that solved it: several threads may call it at once
 */
public record WhatIfRequest(List<CapacityVariant> variants, int seeds, PlanOptions options, int candidates,
                            int parallelism, Consumer<WhatIfProgress> progress) {

    /** The kinds of place tried by default when no variants are given. */
    public static final int DEFAULT_CANDIDATES = 4;

    public WhatIfRequest {
        variants = List.copyOf(variants);
        checkArgument(seeds >= 1, "seeds (%s) must be at least 1", seeds);
        requireNonNull(options, "options");
        checkArgument(candidates >= 1, "candidates (%s) must be at least 1", candidates);
        checkArgument(parallelism >= 1, "parallelism (%s) must be at least 1", parallelism);
        requireNonNull(progress, "progress");
    }

    /**
     * A builder: no variants (find the bottlenecks), 3 seeds, the default plan options, {@link #DEFAULT_CANDIDATES}
     * candidates, one plan per available processor, no progress listener.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WhatIfRequest}. Not thread-safe. */
    public static final class Builder {
        private List<CapacityVariant> variants = List.of();
        private int seeds = 3;
        private PlanOptions options = PlanOptions.defaults();
        private int candidates = DEFAULT_CANDIDATES;
        private int parallelism = Math.max(1, Runtime.getRuntime().availableProcessors());
        private Consumer<WhatIfProgress> progress = p -> { };

        private Builder() {
        }

        public Builder variants(List<CapacityVariant> value) {
            this.variants = List.copyOf(value);
            return this;
        }

        public Builder seeds(int value) {
            this.seeds = value;
            return this;
        }

        public Builder options(PlanOptions value) {
            this.options = value;
            return this;
        }

        public Builder candidates(int value) {
            this.candidates = value;
            return this;
        }

        public Builder parallelism(int value) {
            this.parallelism = value;
            return this;
        }

        public Builder progress(Consumer<WhatIfProgress> value) {
            this.progress = value;
            return this;
        }

        public WhatIfRequest build() {
            return new WhatIfRequest(variants, seeds, options, candidates, parallelism, progress);
        }
    }
}
