/**
 * The baseline planners (sequential, greedy parallel) the optimised plan is compared with.
 *
 * <p><b>Internal</b>: not part of the public API (see {@link nl.tegelijk.api}); it may change in any release.
 */
package nl.tegelijk.planning.baseline;
