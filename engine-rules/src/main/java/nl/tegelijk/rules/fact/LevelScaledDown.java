package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;
import nl.tegelijk.model.CefrLevel;

/**
 * The B1 route scaled down to a lower level (<i>afschalen</i>, WI21-AFSCHAAL-01): replaces the route's target level.
 * Immutable and thread-safe.
 */
public final class LevelScaledDown extends Decision {
    private final CefrLevel level;

    public LevelScaledDown(String personId, CefrLevel level, Justification justification) {
        super(personId, justification);
        this.level = java.util.Objects.requireNonNull(level, "level");
    }

    public CefrLevel getLevel() { return level; }
}
