package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.LearningRoute;

/** The one learning route. Immutable and thread-safe. */
public final class RouteDecided extends Decision {
    private final LearningRoute route;

    public RouteDecided(String personId, LearningRoute route, Justification justification) {
        super(personId, justification);
        this.route = java.util.Objects.requireNonNull(route, "route");
    }

    public LearningRoute getRoute() { return route; }
}
