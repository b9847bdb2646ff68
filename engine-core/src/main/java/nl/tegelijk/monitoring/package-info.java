/**
 * Monitoring: the one definition of every figure of a plan ({@link nl.tegelijk.monitoring.PlanFigures}, and for the
 * half-year council report {@link nl.tegelijk.monitoring.CouncilFigures}), read by the facade's {@code monitor}, the
 * plan page, the council report, the benchmarks and the tests. The figures are defined in {@code docs/MONITORING.md}.
 *
 * <p>Part of the public API: the figure records keep their shape between minor versions.
 */
package nl.tegelijk.monitoring;
