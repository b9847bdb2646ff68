package nl.tegelijk.benchmarks.solver;

import java.util.Comparator;
import nl.tegelijk.planning.domain.TrackAssignment;

/**
 * Construction order of the tuned construction heuristic: the tracks that cost most when left unplanned first (a
 * child's school, then housing by household size, then language and adult education, then work, as the medium
 * constraint weighs them), then those with the fewest values to choose from, then the earliest. Required tracks come
 * before voluntary ones. Stateless and thread-safe; Timefold creates it by its no-argument constructor.
 */
public final class MostConstrainedFirst implements Comparator<TrackAssignment> {

    private static final Comparator<TrackAssignment> ORDER = Comparator
            .comparing((TrackAssignment a) -> !a.isRequired())
            .thenComparing(MostConstrainedFirst::costOfLeavingUnplanned, Comparator.reverseOrder())
            .thenComparingInt(a -> a.getSlotRange().size())
            .thenComparingInt(TrackAssignment::getEarliestWeek)
            .thenComparing(TrackAssignment::getId);

    @Override
    public int compare(TrackAssignment a, TrackAssignment b) {
        return ORDER.compare(a, b);
    }

    private static long costOfLeavingUnplanned(TrackAssignment a) {
        return switch (a.getTrack()) {
            case EDUCATION -> a.isMinor() ? 16 : 4;
            case HOUSING -> 8L * a.weight();
            case LANGUAGE -> 4;
            case WORK -> 2;
        };
    }
}
