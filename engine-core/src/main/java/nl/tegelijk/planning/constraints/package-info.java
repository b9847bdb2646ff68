/**
 * The score: one Timefold constraint provider with its constraints, grouped by level.
 *
 * <p><b>Internal</b>: not part of the public API (see {@link nl.tegelijk.api}); it may change in any release.
 */
package nl.tegelijk.planning.constraints;
