package nl.tegelijk.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One variant of a what-if: capacity changes planned together, compared with the base scenario. Immutable and
 * thread-safe.
 *
 * @param name how reports name it, e.g. {@code D-7:1}
 * @param changes the changes, applied in order; empty for a variant that adds nothing (a control)
 */
public record CapacityVariant(String name, List<CapacityChange> changes) {

    public CapacityVariant {
        requireNonNull(name, "name");
        checkArgument(!name.isBlank(), "name of a capacity variant must not be blank");
        changes = List.copyOf(changes);
    }

    /** A variant named after its changes, e.g. {@code D-7:1 + B1_ROUTE:1}; {@code nothing} for none. */
    public static CapacityVariant of(List<CapacityChange> changes) {
        return new CapacityVariant(changes.isEmpty() ? "nothing"
                : changes.stream().map(CapacityChange::toString).collect(Collectors.joining(" + ")), changes);
    }

    /** The units the variant adds, summed over its changes. */
    public int units() {
        return changes.stream().mapToInt(CapacityChange::units).sum();
    }
}
