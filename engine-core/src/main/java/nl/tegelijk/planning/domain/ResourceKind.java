package nl.tegelijk.planning.domain;

import nl.tegelijk.assessment.TrackKind;

/** The kinds of resource the planner hands out, one per track. */
public enum ResourceKind {
    DWELLING(TrackKind.HOUSING), COURSE_GROUP(TrackKind.LANGUAGE), SCHOOL_CLASS(TrackKind.EDUCATION),
    PLACEMENT(TrackKind.WORK);

    private final TrackKind track;

    ResourceKind(TrackKind track) {
        this.track = track;
    }

    /** The track this kind of resource serves. */
    public TrackKind track() {
        return track;
    }
}
