package nl.tegelijk.planning.constraints.justification;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/**
 * Why a constraint matched, in ids and plain words; no personal data. Immutable and thread-safe.
 *
 * @param subjectIds the persons (or households, for housing) concerned
 * @param resourceIds the resources concerned
 * @param description one sentence in plain English
 */
public record TrackJustification(List<String> subjectIds, List<String> resourceIds, String description)
        implements ConstraintJustification {
    public TrackJustification {
        subjectIds = List.copyOf(subjectIds);
        resourceIds = List.copyOf(resourceIds);
        requireNonNull(description, "description");
    }
}
