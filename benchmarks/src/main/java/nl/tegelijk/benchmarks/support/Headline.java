package nl.tegelijk.benchmarks.support;

import static java.util.Objects.requireNonNull;

import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanScore;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.validation.PlanValidator;

/**
 * The headline figures of one plan of a dataset, with the number of hard-rule violations the independent
 * {@link PlanValidator} finds (must be 0). Immutable.
 *
 * @param method how the plan was made, e.g. {@code sequential} or {@code optimised 30 s}
 * @param millis time to make it (for the optimised plan: the solver time limit plus the build)
 * @param score the plan's score
 * @param violations hard rules broken according to the validator
 * @param metrics the figures, as monitoring defines them
 */
public record Headline(String method, long millis, PlanScore score, int violations, PlanMetrics metrics) {

    public Headline {
        requireNonNull(method, "method");
        requireNonNull(score, "score");
        requireNonNull(metrics, "metrics");
    }

    /** Measures {@code plan} of {@code dataset}. */
    public static Headline of(String method, long millis, Dataset dataset, Plan plan) {
        int violations = PlanValidator.validate(dataset.scenario(), dataset.assessments(), plan).size();
        return new Headline(method, millis, plan.score(), violations,
                PlanMetrics.of(dataset.scenario(), dataset.assessments(), plan));
    }

    /** The medium part of the score (unplanned work, missed deadlines). */
    public long medium() {
        return score.medium();
    }

    /** The soft part of the score. */
    public long soft() {
        return score.soft();
    }

    /** Mean weeks waited for {@code track}, 0 when no one needs it. */
    public double waiting(TrackKind track) {
        return metrics.meanWaitingWeeksByTrack().getOrDefault(track, 0.0);
    }

    /** Every track left unplanned, required or voluntary. */
    public int unplanned() {
        return metrics.unplanned();
    }

    /** Required tracks left unplanned. */
    public int unplannedRequired() {
        return metrics.unplannedRequired();
    }

    /** {@code value / reference} with two decimals, or "-" when the reference is 0. */
    public static String ratio(double value, double reference) {
        return reference == 0 ? "-" : String.format("%.2f", value / reference);
    }
}
