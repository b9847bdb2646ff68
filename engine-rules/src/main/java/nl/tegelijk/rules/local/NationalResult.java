package nl.tegelijk.rules.local;

import static java.util.Objects.requireNonNull;

import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.LearningRoute;
import nl.tegelijk.assessment.MeasureKind;
import nl.tegelijk.assessment.Regime;
import nl.tegelijk.assessment.TrackKind;

/**
 * The national assessment of one person as local-policy rules see it: read-only. Local rules build on it (e.g. "a
 * permit holder with a language track gets a language buddy") and can only add measures. Immutable and thread-safe.
 */
public final class NationalResult {
    private final Assessment assessment;

    public NationalResult(Assessment assessment) {
        this.assessment = requireNonNull(assessment, "assessment");
    }

    public String getPersonId() { return assessment.personId(); }
    public Regime getRegime() { return assessment.regime(); }
    public boolean isObliged() { return assessment.duty().obliged(); }
    public LearningRoute getRoute() { return assessment.route(); }
    public int getWeeklyHoursLimit() { return assessment.weeklyHoursLimit(); }
    public Assessment getAssessment() { return assessment; }

    /** True when the national rules gave the person a track of {@code kind}. */
    public boolean hasTrack(TrackKind kind) {
        return assessment.track(kind).isPresent();
    }

    /** True when the national rules already grant {@code kind}. */
    public boolean hasMeasure(MeasureKind kind) {
        return assessment.measures().stream().anyMatch(m -> m.measure() == kind);
    }
}
