/**
 * The integral intake: the reports of the three intake parties merged into one {@link nl.tegelijk.intake.IntegralProfile}
 * per person, keeping who said what and reporting conflicts instead of silently picking one.
 *
 * <p><b>Internal</b> apart from the profile records the {@code Assessor} contract reads (see {@link nl.tegelijk.api}).
 */
package nl.tegelijk.intake;
