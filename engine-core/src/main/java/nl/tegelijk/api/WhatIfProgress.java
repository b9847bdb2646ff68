package nl.tegelijk.api;

import static java.util.Objects.requireNonNull;

/**
 * One plan of a what-if finished: the base ({@code variant} {@code base}) or a variant under one seed. Immutable.
 *
 * @param variant the variant's name, or {@code base}
 * @param seed the seed it was planned with
 * @param done plans finished so far, this one included
 * @param total plans of the whole what-if; while the base is planned and the variants are still to be chosen, the
 *     most it can be (the request's candidates)
 * @param planMillis how long this plan took
 * @param meanWeeksToFullParticipation the plan's headline (required tracks only)
 */
public record WhatIfProgress(String variant, long seed, int done, int total, long planMillis,
                             double meanWeeksToFullParticipation) {
    public WhatIfProgress {
        requireNonNull(variant, "variant");
    }
}
