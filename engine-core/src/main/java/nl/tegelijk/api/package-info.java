/**
 * The public API of Tegelijk: the facade {@link nl.tegelijk.api.IntegrationEngine} (assess, plan, plan in the
 * background, replan, explain, monitor, capacity what-if), the {@link nl.tegelijk.api.Change changes} a replan follows,
 * the {@link nl.tegelijk.api.CapacityChange capacity changes} a what-if tries, and the values they return. How to
 * embed it: {@code docs/EMBEDDING.md}.
 *
 * <h2>What is API</h2>
 * The API is this package plus the value types the facade takes and returns, which keep their shape between minor
 * versions:
 * <ul>
 *   <li>{@code nl.tegelijk.model}: the scenario and its records, with their builders;</li>
 *   <li>{@code nl.tegelijk.assessment}: assessments and the {@code Assessor} / {@code AssessorProvider} contracts;</li>
 *   <li>{@code nl.tegelijk.intake}: the merged intake an {@code Assessor} is given ({@code IntegralProfile},
 *       {@code DomainView}, {@code Attributed}, {@code IntakeConflict}), not {@code IntakeMerger};</li>
 *   <li>{@code nl.tegelijk.scenario}: reading, writing and validating scenarios, and their problems;</li>
 *   <li>in {@code nl.tegelijk.planning}: the plan records ({@code Plan}, {@code PlanMethod}, {@code HousingPlacement},
 *       {@code TrackPlacement}, {@code UnplannedTrack}, {@code UnplannedReason}, {@code PlanScore},
 *       {@code ScoreExplanation}), {@code PlanOptions}, {@code PlanProgress} and {@code PlanningJob};</li>
 *   <li>{@code nl.tegelijk.planning.validation.PlanViolation};</li>
 *   <li>{@code nl.tegelijk.monitoring}: the figures of a plan, each defined once;</li>
 *   <li>{@code nl.tegelijk.json.TegelijkJson}.</li>
 * </ul>
 * Everything else is internal and may change in any release: the planning model ({@code nl.tegelijk.planning.domain}),
 * the constraints, the baselines and the plan explanation (reach them through the facade), the validator's
 * implementation, the intake merge and the remaining types of
 * {@code nl.tegelijk.planning} ({@code Planner}, {@code AsyncPlanner}, {@code FrozenPast}, ...), which benchmarks and
 * the example harness use directly. No public signature of a type reachable from the facade shows a Timefold, Drools or
 * KIE type or an internal type; {@code ApiBoundaryTest} walks them all.
 */
package nl.tegelijk.api;
