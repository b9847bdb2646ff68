/**
 * The Timefold planning model: the solution, the planning entity, problem facts and the builder that translates a scenario into week terms.
 *
 * <p><b>Internal</b>: not part of the public API (see {@link nl.tegelijk.api}); it may change in any release.
 */
package nl.tegelijk.planning.domain;
