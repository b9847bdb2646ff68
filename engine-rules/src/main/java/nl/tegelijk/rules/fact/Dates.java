package nl.tegelijk.rules.fact;

import java.time.LocalDate;
import java.util.Optional;

/** Date arithmetic for rule consequences (no law in here). Stateless and thread-safe. */
public final class Dates {
    private Dates() {
    }

    /** {@code date} plus {@code months}, when there is a date. */
    public static Optional<LocalDate> plusMonths(Optional<LocalDate> date, int months) {
        return date.isPresent() ? Optional.of(date.get().plusMonths(months)) : Optional.empty();
    }

    /**
     * How far ahead the rules open an option that starts later (a school place at 4, work at 18): two years, the
     * default planning horizon of 104 weeks. An option further ahead is not due in any plan made now, and a work option
     * for a toddler would only be noise.
     */
    public static final int LOOK_AHEAD_YEARS = 2;

    /** True when {@code date} lies within {@link #LOOK_AHEAD_YEARS} of {@code reference}. */
    public static boolean withinLookAhead(LocalDate date, LocalDate reference) {
        return !date.isAfter(reference.plusYears(LOOK_AHEAD_YEARS));
    }

    /** The later of two dates. */
    public static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The later of {@code a} and {@code b}, when there is a {@code b}. */
    public static LocalDate later(LocalDate a, Optional<LocalDate> b) {
        return b.isPresent() ? later(a, b.get()) : a;
    }
}
