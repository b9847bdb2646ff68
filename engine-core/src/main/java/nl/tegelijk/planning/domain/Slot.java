package nl.tegelijk.planning.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A planning value: a resource and the week a track starts there. Occupies {@code [startWeek, endWeek)}.
 * Immutable and thread-safe; instances are shared between the value ranges of all entities.
 *
 * @param resource the resource
 * @param startWeek the start week
 * @param endWeek the first week after the stay (a dwelling: the horizon end)
 */
public record Slot(Resource resource, int startWeek, int endWeek) {
    public Slot {
        requireNonNull(resource, "resource");
        checkArgument(startWeek >= 0, "startWeek (%s) must not be negative", startWeek);
        checkArgument(endWeek > startWeek, "endWeek (%s) must be after startWeek (%s)", endWeek, startWeek);
    }

    /** Hours per week while the stay lasts. */
    public int hoursPerWeek() {
        return resource.hoursPerWeek();
    }

    /** True when this stay and {@code other} share a week. */
    public boolean overlaps(Slot other) {
        return startWeek < other.endWeek && other.startWeek < endWeek;
    }

    /**
     * Consistent with the record's equality, from the resource id: the record's own hash would hash the whole resource
     * (location, intake weeks) on every lookup of the score calculation.
     */
    @Override
    public int hashCode() {
        return (resource.id().hashCode() * 31 + startWeek) * 31 + endWeek;
    }

    @Override
    public String toString() {
        return resource.id() + "@" + startWeek;
    }
}
