package nl.tegelijk.examples.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Arithmetic shared by the resource generators: how many groups of how many seats, and start dates. */
final class Capacity {
    private Capacity() {
    }

    /** Groups and seats per group that offer about {@code learners} places over the usable weeks. */
    record Sizing(int groups, int seatsPerGroup) {
    }

    /**
     * Sizes groups so that {@code groups × seats × usableWeeks / durationWeeks} is about {@code learners}, with at
     * least one group and at least one seat.
     */
    static Sizing size(double learners, int standardSeats, int durationWeeks, int usableWeeks) {
        double turns = Math.max(1.0, (double) usableWeeks / durationWeeks);
        double seatsNeeded = learners / turns;
        int groups = Math.max(1, (int) Math.ceil(seatsNeeded / standardSeats));
        int seats = Math.max(1, (int) Math.round(seatsNeeded / groups));
        return new Sizing(groups, seats);
    }

    /** Cohort start dates every {@code intervalWeeks} weeks from {@code first} to the end of the horizon. */
    static List<LocalDate> cohortStarts(LocalDate first, int intervalWeeks, LocalDate horizonEnd) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(horizonEnd); d = d.plusWeeks(intervalWeeks)) {
            starts.add(d);
        }
        return starts;
    }

    /** School intake dates: the first Monday of September and of February within the horizon, from {@code from}. */
    static List<LocalDate> schoolIntakes(LocalDate from, LocalDate horizonEnd, boolean february) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = from.getYear(); year <= horizonEnd.getYear(); year++) {
            for (int month : february ? new int[] {2, 9} : new int[] {9}) {
                LocalDate d = LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
                if (!d.isBefore(from) && !d.isAfter(horizonEnd)) {
                    dates.add(d);
                }
            }
        }
        return dates;
    }
}
