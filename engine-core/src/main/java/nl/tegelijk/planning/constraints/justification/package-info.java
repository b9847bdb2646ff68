/**
 * The justifications the constraints attach to their matches, read by the score analysis.
 *
 * <p><b>Internal</b>: not part of the public API (see {@link nl.tegelijk.api}); it may change in any release.
 */
package nl.tegelijk.planning.constraints.justification;
