package nl.tegelijk.rules.fact;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The state pension (AOW) age table: the age in months for each calendar year, applied as WI21-AGE-02 says (AOW art.
 * 7a): the age that applies to a person is the one of the calendar year in which they <i>reach</i> it, so a person's
 * AOW date follows from the birth date alone, and once reached it stays reached when the table rises. Immutable and
 * thread-safe.
 */
public final class StatePensionAge {
    private final NavigableMap<Integer, Integer> monthsByYear;

    /** {@code monthsFrom}: the age in months from the first day of each key's year (later years keep the last value). */
    public StatePensionAge(Map<LocalDate, Integer> monthsFrom) {
        requireNonNull(monthsFrom, "monthsFrom");
        if (monthsFrom.isEmpty()) {
            throw new IllegalArgumentException("The state pension age table (statePensionAgeMonths) has no values.");
        }
        NavigableMap<Integer, Integer> byYear = new TreeMap<>();
        monthsFrom.forEach((from, months) -> {
            if (from.getDayOfYear() != 1) {
                throw new IllegalArgumentException("State pension age value from (" + from
                        + ") does not start on 1 January: the table is by calendar year.");
            }
            byYear.put(from.getYear(), months);
        });
        this.monthsByYear = byYear;
    }

    /** The age in months the table gives for calendar year {@code year} (the first year's value before it). */
    public int monthsIn(int year) {
        Map.Entry<Integer, Integer> e = monthsByYear.floorEntry(year);
        return e != null ? e.getValue() : monthsByYear.firstEntry().getValue();
    }

    /**
     * The day a person born on {@code birthDate} reaches the state pension age: the first calendar year whose table
     * age is reached within that same year.
     */
    public LocalDate dateReached(LocalDate birthDate) {
        requireNonNull(birthDate, "birthDate");
        // The table age is at least the first year's, so the first candidate year is the one before that age is
        // reached; the date reached with a year's age never falls before that year, and the ages are bounded.
        for (int year = birthDate.getYear() + monthsByYear.firstEntry().getValue() / 12 - 1; ; year++) {
            LocalDate reached = birthDate.plusMonths(monthsIn(year));
            if (reached.getYear() <= year) {
                return reached;
            }
        }
    }
}
