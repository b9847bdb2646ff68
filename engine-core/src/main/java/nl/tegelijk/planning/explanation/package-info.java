/**
 * Why a person's tracks start when they do in a plan, in Dutch or English: what {@code IntegrationEngine.explain}
 * tells.
 *
 * <p><b>Internal</b>: not part of the public API (see {@link nl.tegelijk.api}); it may change in any release.
 */
package nl.tegelijk.planning.explanation;
