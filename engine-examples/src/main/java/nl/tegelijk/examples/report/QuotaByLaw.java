package nl.tegelijk.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.model.QuotaBasis;

/**
 * The housing quota the law gives per half-year (HV-FORMULA-01, Huisvestingswet 2014 art. 29 lid 1), as the council
 * report and the plan page show it beside the given quota: the engine's {@link QuotaCheck}s looked up by half-year, and
 * the sentence that says where the figure comes from. Computes nothing itself. Thread-safe once made.
 */
final class QuotaByLaw {

    /** What a half-year whose quota states no figures shows. */
    static final String NONE = "-";

    private final Map<String, QuotaCheck> byLabel = new LinkedHashMap<>();

    /** The checks of one scenario's quotas, e.g. from {@code IntegrationEngine.checkQuotas}. */
    QuotaByLaw(List<QuotaCheck> checks) {
        checks.forEach(c -> byLabel.put(c.label(), c));
    }

    /** The quota the formula gives for the half-year labelled {@code label}, when its quota states the figures. */
    Optional<Integer> persons(String label) {
        return Optional.ofNullable(byLabel.get(label)).map(QuotaCheck::calculatedPersons);
    }

    /** {@link #persons} as text, or {@value #NONE}. */
    String text(String label) {
        return persons(label).map(String::valueOf).orElse(NONE);
    }

    /** The column's heading. */
    static String heading(boolean english) {
        return english ? "By the formula (HV-FORMULA-01)" : "Volgens de formule (HV-FORMULA-01)";
    }

    /** What the column means, with its legal basis and each half-year's figures. */
    String note(boolean english) {
        List<String> sums = new ArrayList<>();
        byLabel.values().forEach(c -> sums.add(c.label() + ": " + sum(c.basis(), c.calculatedPersons(), english)));
        String figures = sums.isEmpty() ? "" : " " + String.join("; ", sums) + ".";
        return english
                ? "By the formula: the quota the law gives (Huisvestingswet 2014 art. 29 lid 1, HV-FORMULA-01): the "
                        + "national number of permit holders to house in the half-year (vg) times the inhabitants of "
                        + "the municipality (iG) divided by those of the Netherlands (iN) on 1 January of the preceding "
                        + "year, rounded up." + figures + " A dash: the scenario does not state that half-year's "
                        + "figures. The plan houses against the given quota."
                : "Volgens de formule: de taakstelling die de wet geeft (Huisvestingswet 2014 art. 29 lid 1, "
                        + "HV-FORMULA-01): het landelijke aantal te huisvesten vergunninghouders in het halfjaar (vg) "
                        + "maal het aantal inwoners van de gemeente (iG) gedeeld door dat van Nederland (iN) op "
                        + "1 januari van het voorafgaande jaar, naar boven afgerond." + figures + " Een streepje: het "
                        + "scenario noemt de cijfers van dat halfjaar niet. Het plan huisvest tegen de gegeven "
                        + "taakstelling.";
    }

    private static String sum(QuotaBasis b, int result, boolean english) {
        Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return String.format(locale, "%,d × %,d / %,d, %s: %d", b.nationalPermitHolders(), b.municipalPopulation(),
                b.nationalPopulation(), english ? "rounded up" : "naar boven afgerond", result);
    }
}
