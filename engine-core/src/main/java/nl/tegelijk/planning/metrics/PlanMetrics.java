package nl.tegelijk.planning.metrics;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedReason;

/**
 * The headline figures of a plan, to compare the optimised plan with the baselines. Immutable and thread-safe.
 *
 * <p>"Full participation" of a person: the week in which the last of the person's required tracks (housing through the
 * household) starts, counted from the person's arrival (the earliest start among those tracks). A required track left
 * unplanned counts as starting at the horizon end (censored), so unplanned work never flatters a plan.
 *
 * @param persons persons with at least one required track
 * @param personsFullyPlanned of those, persons with every required track planned
 * @param meanWeeksToFullParticipation mean weeks to full participation
 * @param p90WeeksToFullParticipation 90th percentile (nearest rank) of the same
 * @param meanWaitingWeeksByTrack mean weeks from earliest start to start, per track (unplanned: to the horizon end)
 * @param unplannedByReason required and voluntary tracks left unplanned, per reason
 * @param housingQuota per half-year within the horizon: persons housed in it and the quota
 */
public record PlanMetrics(int persons, int personsFullyPlanned, double meanWeeksToFullParticipation,
                          int p90WeeksToFullParticipation, Map<TrackKind, Double> meanWaitingWeeksByTrack,
                          Map<UnplannedReason, Integer> unplannedByReason, List<QuotaRealised> housingQuota) {

    public PlanMetrics {
        meanWaitingWeeksByTrack = Map.copyOf(meanWaitingWeeksByTrack);
        unplannedByReason = Map.copyOf(unplannedByReason);
        housingQuota = List.copyOf(housingQuota);
    }

    /**
     * Persons housed in one half-year against its quota.
     *
     * @param label e.g. {@code 2016-H1}
     * @param housed persons who moved in within the half-year
     * @param quota the quota
     */
    public record QuotaRealised(String label, int housed, int quota) {
        public QuotaRealised {
            requireNonNull(label, "label");
        }
    }

    /** The figures of {@code plan}. */
    public static PlanMetrics of(Scenario scenario, List<Assessment> assessments, Plan plan) {
        Map<String, Integer> housingWeek = new HashMap<>();
        for (HousingPlacement h : plan.housing()) {
            h.memberIds().forEach(m -> housingWeek.put(m, h.moveInWeek()));
        }
        Map<String, TrackPlacement> placed = new HashMap<>();
        plan.tracks().forEach(t -> placed.put(t.personId() + "/" + t.track(), t));
        int horizon = plan.horizonWeeks();
        List<Integer> weeks = new ArrayList<>();
        int full = 0;
        Map<TrackKind, long[]> waiting = new EnumMap<>(TrackKind.class);
        for (Assessment a : assessments) {
            int arrival = Integer.MAX_VALUE;
            int last = 0;
            boolean any = false;
            boolean all = true;
            for (TrackRequirement req : a.tracks()) {
                int earliest = Math.max(0, weekOnOrAfter(plan, req.earliestStart()));
                Integer start = req.track() == TrackKind.HOUSING ? housingWeek.get(a.personId())
                        : java.util.Optional.ofNullable(placed.get(a.personId() + "/" + req.track()))
                                .map(TrackPlacement::startWeek).orElse(null);
                int effective = start == null ? horizon : start;
                long[] w = waiting.computeIfAbsent(req.track(), k -> new long[2]);
                w[0] += Math.max(0, effective - earliest);
                w[1]++;
                if (req.voluntary()) {
                    continue;
                }
                any = true;
                all &= start != null;
                arrival = Math.min(arrival, earliest);
                last = Math.max(last, effective);
            }
            if (any) {
                weeks.add(Math.max(0, last - arrival));
                if (all) {
                    full++;
                }
            }
        }
        double mean = weeks.stream().mapToInt(Integer::intValue).average().orElse(0);
        List<Integer> sorted = weeks.stream().sorted().toList();
        int p90 = sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(0.9 * sorted.size()) - 1));
        Map<TrackKind, Double> meanWaiting = new EnumMap<>(TrackKind.class);
        waiting.forEach((k, w) -> meanWaiting.put(k, w[1] == 0 ? 0.0 : (double) w[0] / w[1]));
        Map<UnplannedReason, Integer> unplanned = new TreeMap<>();
        plan.unplanned().forEach(u -> unplanned.merge(u.reason(), 1, Integer::sum));
        List<QuotaRealised> quota = new ArrayList<>();
        for (HousingQuota q : scenario.housingQuotas()) {
            int housed = plan.housing().stream()
                    .filter(h -> !h.moveInDate().isBefore(q.start()) && !h.moveInDate().isAfter(q.end()))
                    .mapToInt(h -> scenario.membersOf(h.householdId()).size()).sum();
            if (!q.end().isBefore(plan.planStart()) && q.start().isBefore(plan.planStart().plusWeeks(horizon))) {
                quota.add(new QuotaRealised(q.label(), housed, q.persons()));
            }
        }
        return new PlanMetrics(weeks.size(), full, mean, p90, meanWaiting, unplanned, quota);
    }

    private static int weekOnOrAfter(Plan plan, java.time.LocalDate date) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(plan.planStart(), date);
        return days <= 0 ? 0 : (int) ((days + 6) / 7);
    }
}
