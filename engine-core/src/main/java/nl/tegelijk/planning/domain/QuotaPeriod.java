package nl.tegelijk.planning.domain;

import static java.util.Objects.requireNonNull;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A half-year of the housing quota (<i>taakstelling</i>, Huisvestingswet 2014 art. 28) in week terms, cumulative so
 * that a backlog rolls over (HV-SUPERV-01). A problem fact; immutable and thread-safe.
 *
 * @param label e.g. {@code 2016-H1}
 * @param lastWeek the last week that starts within the half-year
 * @param cumulativePersons persons to be housed from the plan start to the end of this half-year
 */
public record QuotaPeriod(@PlanningId String label, int lastWeek, int cumulativePersons) {
    public QuotaPeriod {
        requireNonNull(label, "label");
    }
}
