package nl.tegelijk.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.UnplannedReason;

/**
 * The figures of one plan that compare it with other plans of the same scenario (the optimised plan and both
 * baselines), each as defined once in {@link PlanFigures}; what {@code IntegrationEngine.monitor} returns. Immutable
 * and thread-safe.
 *
 * @param method how the plan was made: {@code OPTIMISED}, {@code GREEDY_PARALLEL} or {@code SEQUENTIAL}
 * @param weeksToFullParticipation {@link PlanFigures#weeksToFullParticipation(NeedScope)}, required requirements only
 *     (the optimiser's headline)
 * @param weeksToFullParticipationEveryNeed the same over every need the intake found, voluntary included
 * @param fullyPlanned {@link PlanFigures#fullyPlanned(NeedScope)}, required requirements only
 * @param weeksToFirstActivity {@link PlanFigures#weeksToFirstActivity()}
 * @param idleWeeksInFirstYear {@link PlanFigures#idleWeeksInFirstYear()}
 * @param meanWaitingWeeksByTrack {@link PlanFigures#meanWaitingWeeksByTrack()}
 * @param unplannedByReason {@link PlanFigures#unplannedByReason()}
 * @param unplannedRequiredByReason {@link PlanFigures#unplannedRequiredByReason()}
 * @param housingQuota {@link PlanFigures#housingQuota()}
 * @param paidWorkWithinWeeksOfPermit {@link PlanFigures#paidWorkWithinWeeksOfPermit(int)} per number of weeks of
 *     {@link PlanFigures#PAID_WORK_WEEKS_AFTER_PERMIT}
 * @param householdsUnhousedBesideAFreeFittingDwelling {@link PlanFigures#householdsUnhousedBesideAFreeFittingDwelling()}
 */
public record PlanMetrics(PlanMethod method, Distribution weeksToFullParticipation,
                          Distribution weeksToFullParticipationEveryNeed, Share fullyPlanned,
                          Distribution weeksToFirstActivity, Distribution idleWeeksInFirstYear,
                          Map<TrackKind, Double> meanWaitingWeeksByTrack,
                          Map<UnplannedReason, Integer> unplannedByReason,
                          Map<UnplannedReason, Integer> unplannedRequiredByReason, List<QuotaRealised> housingQuota,
                          Map<Integer, Share> paidWorkWithinWeeksOfPermit,
                          int householdsUnhousedBesideAFreeFittingDwelling) {

    public PlanMetrics {
        requireNonNull(method, "method");
        requireNonNull(weeksToFullParticipation, "weeksToFullParticipation");
        requireNonNull(weeksToFullParticipationEveryNeed, "weeksToFullParticipationEveryNeed");
        requireNonNull(fullyPlanned, "fullyPlanned");
        requireNonNull(weeksToFirstActivity, "weeksToFirstActivity");
        requireNonNull(idleWeeksInFirstYear, "idleWeeksInFirstYear");
        meanWaitingWeeksByTrack = Collections.unmodifiableMap(new EnumMap<>(enumKeys(meanWaitingWeeksByTrack,
                TrackKind.class)));
        unplannedByReason = Collections.unmodifiableMap(enumKeys(unplannedByReason, UnplannedReason.class));
        unplannedRequiredByReason = Collections.unmodifiableMap(enumKeys(unplannedRequiredByReason,
                UnplannedReason.class));
        housingQuota = List.copyOf(housingQuota);
        paidWorkWithinWeeksOfPermit = Collections.unmodifiableMap(new TreeMap<>(paidWorkWithinWeeksOfPermit));
    }

    /** The figures of {@code plan}; see {@link PlanFigures#of}. */
    public static PlanMetrics of(Scenario scenario, List<Assessment> assessments, Plan plan) {
        return of(PlanFigures.of(scenario, assessments, plan), plan);
    }

    static PlanMetrics of(PlanFigures f, Plan plan) {
        return new PlanMetrics(plan.method(), f.weeksToFullParticipation(NeedScope.REQUIRED),
                f.weeksToFullParticipation(NeedScope.EVERY_NEED), f.fullyPlanned(NeedScope.REQUIRED),
                f.weeksToFirstActivity(), f.idleWeeksInFirstYear(), f.meanWaitingWeeksByTrack(),
                f.unplannedByReason(), f.unplannedRequiredByReason(), f.housingQuota(),
                PlanFigures.PAID_WORK_WEEKS_AFTER_PERMIT.stream().collect(Collectors.toMap(w -> w,
                        f::paidWorkWithinWeeksOfPermit)), f.householdsUnhousedBesideAFreeFittingDwelling());
    }

    /** Persons with at least one required requirement. */
    public int persons() {
        return weeksToFullParticipation.count();
    }

    /** Of those, the persons with every required requirement planned. */
    public int personsFullyPlanned() {
        return fullyPlanned.count();
    }

    /** The headline: mean weeks to full participation, required requirements only. */
    public double meanWeeksToFullParticipation() {
        return weeksToFullParticipation.mean();
    }

    /** The 90th percentile of the headline. */
    public int p90WeeksToFullParticipation() {
        return weeksToFullParticipation.p90();
    }

    /** Every track left unplanned, required or voluntary. */
    public int unplanned() {
        return unplannedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Required tracks left unplanned. */
    public int unplannedRequired() {
        return unplannedRequiredByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static <K extends Enum<K>, V> EnumMap<K, V> enumKeys(Map<K, V> map, Class<K> type) {
        EnumMap<K, V> out = new EnumMap<>(type);
        out.putAll(map);
        return out;
    }
}
