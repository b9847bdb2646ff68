package nl.tegelijk.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.monitoring.PlanFigures;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.monitoring.Share;
import nl.tegelijk.planning.ScoreExplanation;

/** The headline figures of one or more plans side by side, as plain-text lines. */
final class PlanSummaryTable {

    private PlanSummaryTable() {
    }

    /** {@code columns} maps a label (e.g. "optimised", "sequential") to that plan's metrics. */
    static List<String> render(Map<String, PlanMetrics> columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder(String.format("%-48s", ""));
        columns.keySet().forEach(k -> head.append(String.format("%16s", k)));
        lines.add(head.toString());
        row(lines, "persons with required tracks", columns, m -> String.valueOf(m.persons()));
        row(lines, "persons with every required track planned", columns,
                m -> String.valueOf(m.personsFullyPlanned()));
        row(lines, "mean weeks to full participation", columns,
                m -> String.format("%.1f", m.meanWeeksToFullParticipation()));
        row(lines, "p90 weeks to full participation", columns, m -> String.valueOf(m.p90WeeksToFullParticipation()));
        row(lines, "mean weeks to full participation, every need", columns,
                m -> String.format("%.1f", m.weeksToFullParticipationEveryNeed().mean()));
        row(lines, "mean weeks from arrival to first activity", columns,
                m -> String.format("%.1f", m.weeksToFirstActivity().mean()));
        row(lines, "mean idle weeks in the first year", columns,
                m -> String.format("%.1f", m.idleWeeksInFirstYear().mean()));
        for (TrackKind track : TrackKind.values()) {
            row(lines, "mean waiting weeks, " + track.name().toLowerCase(), columns,
                    m -> String.format("%.1f", m.meanWaitingWeeksByTrack().getOrDefault(track, 0.0)));
        }
        for (int weeks : PlanFigures.PAID_WORK_WEEKS_AFTER_PERMIT) {
            row(lines, "paid work within " + weeks + " weeks of the permit", columns, m -> {
                Share share = m.paidWorkWithinWeeksOfPermit().get(weeks);
                return share.count() + " of " + share.of();
            });
        }
        row(lines, "households unhoused beside a free fitting dwelling", columns,
                m -> String.valueOf(m.householdsUnhousedBesideAFreeFittingDwelling()));
        TreeSet<String> reasons = new TreeSet<>();
        columns.values().forEach(m -> m.unplannedByReason().keySet().forEach(r -> reasons.add(r.name())));
        for (String reason : reasons) {
            row(lines, "unplanned: " + reason.toLowerCase(), columns, m -> String.valueOf(m.unplannedByReason()
                    .entrySet().stream().filter(e -> e.getKey().name().equals(reason))
                    .mapToInt(Map.Entry::getValue).sum()));
        }
        Map<String, String> quotaLabels = new LinkedHashMap<>();
        columns.values().forEach(m -> m.housingQuota().forEach(q -> quotaLabels.put(q.label(), q.label())));
        for (String label : quotaLabels.keySet()) {
            row(lines, "housed in " + label + " (quota)", columns, m -> m.housingQuota().stream()
                    .filter(q -> q.label().equals(label)).findFirst()
                    .map(q -> q.housed() + " (" + q.quota() + ")").orElse("-"));
        }
        return lines;
    }

    /** The score analysis per constraint of one plan: level, matches and impact of each constraint that matched. */
    static List<String> constraints(ScoreExplanation explanation) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-52s %6s %8s %14s", "score per constraint (optimised)", "level", "matches", "impact"));
        explanation.constraints().stream().filter(c -> c.matches() > 0)
                .sorted(java.util.Comparator.comparing(ScoreExplanation.ConstraintScore::level)
                        .thenComparingLong(ScoreExplanation.ConstraintScore::impact))
                .forEach(c -> lines.add(String.format("  %-50s %6s %8d %14d", c.constraint(),
                        c.level().name().toLowerCase(java.util.Locale.ROOT), c.matches(),
                        c.impact())));
        return lines;
    }

    private static void row(List<String> lines, String label, Map<String, PlanMetrics> columns,
                            java.util.function.Function<PlanMetrics, String> value) {
        StringBuilder row = new StringBuilder(String.format("%-48s", label));
        columns.values().forEach(m -> row.append(String.format("%16s", value.apply(m))));
        lines.add(row.toString());
    }
}
