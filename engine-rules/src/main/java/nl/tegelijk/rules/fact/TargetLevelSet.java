package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;
import nl.tegelijk.model.CefrLevel;

/** The Dutch level an obliged person must reach. Immutable and thread-safe. */
public final class TargetLevelSet extends Decision {
    private final CefrLevel level;

    public TargetLevelSet(String personId, CefrLevel level, Justification justification) {
        super(personId, justification);
        this.level = java.util.Objects.requireNonNull(level, "level");
    }

    public CefrLevel getLevel() { return level; }
}
