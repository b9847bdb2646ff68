/**
 * Planning: the {@link nl.tegelijk.planning.Planner}, the solver configuration and the plan records.
 *
 * <p>The plan records ({@code Plan}, {@code HousingPlacement}, {@code TrackPlacement}, {@code UnplannedTrack},
 * {@code PlanScore}, {@code ScoreExplanation}), {@code PlanOptions}, {@code PlanProgress} and {@code PlanningJob} are
 * public API, reached through {@link nl.tegelijk.api.IntegrationEngine}. The other types ({@code Planner},
 * {@code AsyncPlanner}, {@code FrozenPast}, {@code SolverConfigs}, {@code PlanAssembler}) are <b>internal</b>: for
 * benchmarks and the example harness, and may change in any release.
 */
package nl.tegelijk.planning;
