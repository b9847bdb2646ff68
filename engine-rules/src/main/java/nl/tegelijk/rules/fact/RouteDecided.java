package nl.tegelijk.rules.fact;

import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.LearningRoute;

/** The one learning route. Immutable and thread-safe. */
public final class RouteDecided extends PersonDecision {
    private final LearningRoute route;

    public RouteDecided(PersonFacts person, LearningRoute route, Justification justification) {
        super(person, justification);
        this.route = java.util.Objects.requireNonNull(route, "route");
    }

    public LearningRoute getRoute() { return route; }
}
