package nl.tegelijk.planning.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import java.util.List;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Location;

/**
 * A dwelling, course group, school class or placement in week terms: a problem fact. Immutable and thread-safe.
 *
 * @param id the id of the scenario record
 * @param kind which kind of resource
 * @param subKind the course, school or placement kind by name ({@code "DWELLING"} for dwellings)
 * @param location where it is
 * @param capacity households (dwelling), seats or slots at the same time; {@link #UNCAPPED} for an open offer whose
 *     scenario record states no cap
 * @param availableWeek first week it may be used
 * @param rollingIntake any week from {@code availableWeek} may be a start week
 * @param intakeWeeks the start weeks when intake is not rolling, ascending
 * @param durationWeeks weeks a participant stays; for a dwelling the weeks until the horizon end from week 0
 * @param hoursPerWeek hours per week of a participant (0 for a dwelling)
 * @param rooms rooms of a dwelling (0 otherwise)
 * @param maxOccupants occupants of a dwelling (0 otherwise)
 * @param accessible a dwelling accessible without stairs
 * @param minimumDutchLevel least level of Dutch to start (placements; {@code NONE} otherwise)
 * @param sector the sector of a placement ({@code ""} otherwise)
 * @param minAge youngest pupil's age (school classes; 0 otherwise)
 * @param maxAge oldest pupil's age (school classes; {@code Integer.MAX_VALUE} otherwise)
 */
public record Resource(@PlanningId String id, ResourceKind kind, String subKind, Location location, int capacity,
                       int availableWeek, boolean rollingIntake, List<Integer> intakeWeeks, int durationWeeks,
                       int hoursPerWeek, int rooms, int maxOccupants, boolean accessible,
                       CefrLevel minimumDutchLevel, String sector, int minAge, int maxAge) {
    /** The capacity of an open offer that states no cap: it never counts anyone over capacity. */
    public static final int UNCAPPED = Integer.MAX_VALUE;

    public Resource {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(subKind, "subKind");
        requireNonNull(location, "location");
        checkArgument(capacity > 0, "capacity (%s) of resource (%s) must be positive", capacity, id);
        intakeWeeks = List.copyOf(intakeWeeks);
        checkArgument(durationWeeks > 0, "durationWeeks (%s) of resource (%s) must be positive", durationWeeks, id);
        requireNonNull(minimumDutchLevel, "minimumDutchLevel");
        requireNonNull(sector, "sector");
    }

    /**
     * Consistent with the record's equality (equal resources have equal ids), and cheap: the record's own hash would
     * visit the location and the intake weeks on every lookup of the score calculation.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** False for an open offer without a cap ({@link #UNCAPPED}): no number of participants is over its capacity. */
    public boolean capped() {
        return capacity != UNCAPPED;
    }

    /** True for a dwelling. */
    public boolean isDwelling() {
        return kind == ResourceKind.DWELLING;
    }

    /** True when a participant may start in {@code week} as far as this resource is concerned. */
    public boolean allowsStartIn(int week) {
        if (week < availableWeek) {
            return false;
        }
        return rollingIntake || intakeWeeks.contains(week);
    }

    /**
     * The first week at or after {@code fromWeek} and before {@code horizonWeeks} in which a participant may start
     * here (available, and an intake week unless intake is rolling), or -1.
     */
    public int firstStartFrom(int fromWeek, int horizonWeeks) {
        int week = Math.max(fromWeek, availableWeek);
        if (rollingIntake || isDwelling()) {
            return week < horizonWeeks ? week : -1;
        }
        for (int intake : intakeWeeks) {
            if (intake >= week && intake < horizonWeeks) {
                return intake;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
