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

    /** The later of two dates. */
    public static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
