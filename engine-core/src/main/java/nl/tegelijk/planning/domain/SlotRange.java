package nl.tegelijk.planning.domain;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.impl.domain.valuerange.AbstractCountableValueRange;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A track's value range as Timefold sees it: the allowed slots of {@link TrackAssignment#getSlotRange()}, ordered by
 * start week, then resource id. Equal to another {@code SlotRange} only over the very same list, and hashed by that
 * list's identity: Timefold hashes and compares every entity's value range once per solve to share equal ones, and a
 * list's own {@code hashCode} and {@code equals} visit every slot. With whole ranges (tens of thousands of slots per
 * option, over a hundred thousand options at 50,000 persons) that took over ten minutes before the first step; ranges
 * built from equal criteria are one shared list anyway ({@link ProblemBuilder}). It extends Timefold's implementation
 * class because the solver casts entity value ranges to it (1.32). Immutable and thread-safe.
 */
final class SlotRange extends AbstractCountableValueRange<Slot> {

    private final List<Slot> slots;

    /** The range over {@code slots}, ordered by start week, then resource id (never copied). */
    SlotRange(List<Slot> slots) {
        this.slots = requireNonNull(slots, "slots");
    }

    @Override
    public long getSize() {
        return slots.size();
    }

    @Override
    public Slot get(long index) {
        return slots.get(Math.toIntExact(index));
    }

    @Override
    public Iterator<Slot> createOriginalIterator() {
        return slots.iterator();
    }

    @Override
    public boolean isEmpty() {
        return slots.isEmpty();
    }

    /** A binary search ({@link TrackAssignment#slotIn}), not a scan. */
    @Override
    public boolean contains(Slot slot) {
        return slot != null && slot.equals(TrackAssignment.slotIn(slots, slot.resource(), slot.startWeek()));
    }

    @Override
    public Iterator<Slot> createRandomIterator(Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !slots.isEmpty();
            }

            @Override
            public Slot next() {
                if (slots.isEmpty()) {
                    throw new NoSuchElementException();
                }
                return slots.get(random.nextInt(slots.size()));
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlotRange other && other.slots == slots;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(slots);
    }

    @Override
    public String toString() {
        return "SlotRange(" + slots.size() + " slots)";
    }
}
