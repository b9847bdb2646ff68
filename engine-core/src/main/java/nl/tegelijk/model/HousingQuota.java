package nl.tegelijk.model;

import java.time.LocalDate;
import java.util.Optional;
import nl.tegelijk.scenario.ProblemCode;

/**
 * The housing quota (<i>taakstelling</i>, Huisvestingswet 2014 art. 28–29; HV-DEF-01): permit holders the municipality
 * must house in one calendar half-year.
 *
 * @param year the calendar year
 * @param half 1 for January–June, 2 for July–December
 * @param persons number of permit holders to house: the planner's input
 * @param basis the figures the quota follows from by law (HV-FORMULA-01), when the municipality states them to have
 *        the quota checked; empty otherwise
 */
public record HousingQuota(int year, int half, int persons, Optional<QuotaBasis> basis) {
    public HousingQuota {
        RecordCheck check = RecordCheck.unnamed("housingQuota");
        basis = check.optional(basis, "basis");
        if (half != 1 && half != 2) {
            check.error(ProblemCode.OUT_OF_RANGE, "half", "half (" + half + ") is neither 1 nor 2",
                    "1 for January to June, 2 for July to December");
        }
        check.notNegative(persons, "persons");
        check.done();
    }

    /** A quota without the figures it follows from. */
    public HousingQuota(int year, int half, int persons) {
        this(year, half, persons, Optional.empty());
    }

    /** The first day of the half-year. */
    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    /** The last day of the half-year. */
    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** A label such as {@code 2016-H1}. */
    public String label() {
        return label(year, half);
    }

    /** The label of half-year {@code half} of {@code year}, e.g. {@code 2016-H1}. */
    public static String label(int year, int half) {
        return year + "-H" + half;
    }

    /** The label of the calendar half-year {@code date} falls in, e.g. {@code 2016-H2}. */
    public static String labelOf(LocalDate date) {
        return label(date.getYear(), date.getMonthValue() <= 6 ? 1 : 2);
    }
}
