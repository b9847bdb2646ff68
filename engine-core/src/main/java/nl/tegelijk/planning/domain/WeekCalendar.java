package nl.tegelijk.planning.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The one converter between dates and week indexes: week 0 starts on the plan start, a week is seven days.
 * Immutable and thread-safe.
 *
 * <p>A "not before" date (earliest start, availability, cohort start) maps to the first week that starts on or after
 * it; a "by" date (a deadline) maps to the last week that starts on or before it.
 *
 * @param planStart the first day of week 0
 * @param horizonWeeks number of weeks planned
 */
public record WeekCalendar(LocalDate planStart, int horizonWeeks) {
    public WeekCalendar {
        requireNonNull(planStart, "planStart");
        checkArgument(horizonWeeks > 0, "horizonWeeks (%s) must be positive", horizonWeeks);
    }

    /** The first week starting on or after {@code date}; 0 for dates before the plan start. */
    public int firstWeekOnOrAfter(LocalDate date) {
        long days = ChronoUnit.DAYS.between(planStart, date);
        if (days <= 0) {
            return 0;
        }
        return (int) Math.min(Integer.MAX_VALUE / 2, (days + 6) / 7);
    }

    /** The last week starting on or before {@code date}; -1 when {@code date} is before the plan start. */
    public int lastWeekOnOrBefore(LocalDate date) {
        long days = ChronoUnit.DAYS.between(planStart, date);
        if (days < 0) {
            return -1;
        }
        return (int) Math.min(Integer.MAX_VALUE / 2, days / 7);
    }

    /** The first day of {@code week}. */
    public LocalDate dateOf(int week) {
        return planStart.plusWeeks(week);
    }
}
