/**
 * The domain model: immutable records for the persons, households, intake reports, resources and housing quota of a
 * {@link nl.tegelijk.model.Scenario}. Every type names its Dutch legal term; see {@code docs/GLOSSARY.md}.
 *
 * <p>Dates are real dates here; the planning model converts them to week indexes once, at the edge.
 * All records are immutable and thread-safe. Optional facts are {@link java.util.Optional}, never {@code null}.
 */
package nl.tegelijk.model;
