package nl.tegelijk.planning.domain;

import nl.tegelijk.model.CefrLevel;

/**
 * The level of Dutch a person reaches in a language course, so that a placement's minimum level can be met by a course
 * in progress (language and work at the same time) and not only by the level at intake. Stateless and thread-safe.
 *
 * <p><b>Assumption</b> (docs/PLANNING.md, "Language and work at the same time"): one CEFR step per
 * {@value #WEEKS_PER_STEP} course weeks, up to the level the course kind leads to. The B1 route's language part is
 * planned at about 3 years for three steps (NONE to B1), the A2 course of the 2013 law at about a year for two; both
 * give about half a year per step. No published figure gives the weeks per step per kind.
 */
public final class DutchProgress {

    /** Course weeks per CEFR step (an assumption; see the class comment). */
    public static final int WEEKS_PER_STEP = 26;

    private DutchProgress() {
    }

    /** The level a course of {@code courseKind} (by name) leads to; NONE for a name that is no course kind. */
    public static CefrLevel targetOf(String courseKind) {
        return switch (courseKind) {
            case "PRE_INTEGRATION", "LITERACY", "Z_ROUTE" -> CefrLevel.A1;
            case "A2_COURSE", "NT2_ADULT_EDUCATION" -> CefrLevel.A2;
            case "B1_ROUTE", "EDUCATION_ROUTE" -> CefrLevel.B1;
            default -> CefrLevel.NONE;
        };
    }

    /**
     * The level after {@code courseWeeks} weeks of a course of {@code courseKind}, starting from {@code atIntake}:
     * one step per {@link #WEEKS_PER_STEP} weeks, never above the course's target, never below the intake level.
     */
    public static CefrLevel levelAfter(CefrLevel atIntake, String courseKind, int courseWeeks) {
        if (courseWeeks <= 0) {
            return atIntake;
        }
        CefrLevel target = targetOf(courseKind);
        int steps = courseWeeks / WEEKS_PER_STEP;
        int level = Math.min(target.ordinal(), atIntake.ordinal() + steps);
        return level > atIntake.ordinal() ? CefrLevel.values()[level] : atIntake;
    }
}
