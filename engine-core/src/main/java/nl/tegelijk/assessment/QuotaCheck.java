package nl.tegelijk.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.QuotaBasis;

/**
 * One half-year's housing quota checked against the law (HV-FORMULA-01, Huisvestingswet 2014 art. 29 lid 1): the quota
 * the formula gives from the figures the scenario states, beside the quota the scenario gives (which stays the
 * planner's input). A decision the municipality can check: the figures, the result and the rule with its legal basis.
 * Immutable and thread-safe.
 *
 * @param year the calendar year
 * @param half 1 for January-June, 2 for July-December
 * @param basis the figures: national number (vg), municipal and national population (iG, iN) and their date
 * @param calculatedPersons ceil(vg × iG / iN)
 * @param givenPersons the quota the scenario gives
 * @param justification the rule that computed it, with its legal basis
 */
public record QuotaCheck(int year, int half, QuotaBasis basis, int calculatedPersons, int givenPersons,
                         Justification justification) {
    public QuotaCheck {
        checkArgument(half == 1 || half == 2, "half (%s) must be 1 or 2", half);
        requireNonNull(basis, "basis");
        checkArgument(calculatedPersons >= 0, "calculatedPersons (%s) must not be negative", calculatedPersons);
        checkArgument(givenPersons >= 0, "givenPersons (%s) must not be negative", givenPersons);
        requireNonNull(justification, "justification");
    }

    /** The half-year's label, as {@link HousingQuota#label()} gives it, e.g. {@code 2016-H1}. */
    public String label() {
        return HousingQuota.label(year, half);
    }

    /** The given quota minus the calculated one: positive when the scenario asks more than the formula gives. */
    public int difference() {
        return givenPersons - calculatedPersons;
    }
}
