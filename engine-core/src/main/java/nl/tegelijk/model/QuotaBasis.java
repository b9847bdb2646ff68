package nl.tegelijk.model;

import java.time.LocalDate;

/**
 * The figures a half-year's housing quota follows from (Huisvestingswet 2014 art. 29 lid 1; HV-FORMULA-01): the
 * national number of permit holders to be housed in the half-year, published by the Minister in the Staatscourant
 * (<i>vg</i>), and the inhabitants of the municipality (<i>iG</i>) and of the Netherlands (<i>iN</i>) per CBS on
 * 1 January of the preceding calendar year. Optional in the scenario: the given quota stays the planner's input, and
 * these figures let the municipality check it. Immutable and thread-safe.
 *
 * @param nationalPermitHolders vg: permit holders to be housed nationally in the half-year
 * @param municipalPopulation iG: inhabitants of the municipality on {@code populationDate}
 * @param nationalPopulation iN: inhabitants of the Netherlands on {@code populationDate}
 * @param populationDate the date of both populations, 1 January of the year before the quota's year
 */
public record QuotaBasis(int nationalPermitHolders, int municipalPopulation, int nationalPopulation,
                         LocalDate populationDate) {
    public QuotaBasis {
        RecordCheck check = RecordCheck.unnamed("quotaBasis");
        check.notNegative(nationalPermitHolders, "nationalPermitHolders");
        check.positive(municipalPopulation, "municipalPopulation");
        check.positive(nationalPopulation, "nationalPopulation");
        check.required(populationDate, "populationDate");
        check.done();
    }
}
