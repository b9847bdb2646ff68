/**
 * The independent check of a plan against the hard rules, and of a replan against the past.
 *
 * <p><b>Internal</b>: not part of the public API (see {@link nl.tegelijk.api}); it may change in any release.
 */
package nl.tegelijk.planning.validation;
