package nl.tegelijk.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import nl.tegelijk.api.FigureChange;
import nl.tegelijk.api.VariantOutcome;
import nl.tegelijk.api.WhatIf;
import nl.tegelijk.examples.report.ReportDocument.Block;
import nl.tegelijk.examples.report.ReportDocument.Chart;
import nl.tegelijk.examples.report.ReportDocument.Heading;
import nl.tegelijk.examples.report.ReportDocument.Para;
import nl.tegelijk.examples.report.ReportDocument.Table;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.monitoring.QuotaRealised;
import nl.tegelijk.planning.UnplannedReason;

/**
 * "Where capacity buys the most": a capacity what-if ({@code IntegrationEngine.whatIf}) as the ranked table, a bar
 * chart of weeks gained per unit, the pressures it started from and the change in every compared figure, in Dutch or
 * English, for {@code whatif.md}, the plan page and the council report. Every value comes from the {@link WhatIf};
 * this only lays it out. Stateless and thread-safe.
 */
public final class WhatIfSection {

    private WhatIfSection() {
    }

    /** {@code whatif.md}: the whole section as Markdown. */
    public static String markdown(WhatIf w, String scenarioName, boolean english) {
        return new ReportDocument(title(english) + " — " + scenarioName, english ? "en" : "nl", full(w, english))
                .markdown();
    }

    /** The whole section as HTML to place inside the plan page. */
    public static String html(WhatIf w, boolean english) {
        return new ReportDocument(title(english), english ? "en" : "nl", full(w, english)).fragment();
    }

    /**
     * {@code whatif.csv}: one row per variant and figure: rank, variant, units, figure, the base's mean over the
     * seeds, the change (mean, least, most), the base's spread and whether the change stands out from it.
     */
    public static String csv(WhatIf w) {
        StringBuilder csv = new StringBuilder("rank,variant,units,figure,base_mean,change_mean,change_min,change_max,"
                + "base_spread,beyond_spread\n");
        for (int i = 0; i < w.variants().size(); i++) {
            VariantOutcome v = w.variants().get(i);
            for (Row r : rows(w, true)) {
                FigureChange c = v.change(r.figure());
                double baseMean = w.base().stream().mapToDouble(r.figure()).average().orElse(0);
                csv.append(i + 1).append(',').append(quote(v.variant().name())).append(',')
                        .append(v.variant().units()).append(',').append(quote(r.label())).append(',')
                        .append(num(baseMean)).append(',').append(num(c.mean())).append(',').append(num(c.min()))
                        .append(',').append(num(c.max())).append(',').append(num(c.baseSpread())).append(',')
                        .append(c.beyondSpread()).append('\n');
            }
        }
        return csv.toString();
    }

    /** The council report's paragraph: heading, what was done, the ranked table and its chart. */
    static List<Block> paragraph(WhatIf w, boolean english) {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(title(english)));
        b.add(new Para(intro(w, english)));
        ranked(w, english, b);
        return b;
    }

    private static List<Block> full(WhatIf w, boolean english) {
        List<Block> b = paragraph(w, english);
        pressures(w, english, b);
        figures(w, english, b);
        b.add(new Para(t(english, "Grenzen: elke variant voegt één soort capaciteit toe aan het basisscenario; de "
                        + "winsten tellen niet op en de rangorde is geen gezamenlijk optimum. Zie docs/WHATIF.md.",
                "Limits: each variant adds one kind of capacity to the base scenario; the gains do not add up and "
                        + "the ranking is not a joint optimum. See docs/WHATIF.md.")));
        return b;
    }

    private static String title(boolean english) {
        return t(english, "Waar capaciteit het meeste oplevert", "Where capacity buys the most");
    }

    private static String intro(WhatIf w, boolean english) {
        return t(english, "Het basisscenario en elke variant zijn opnieuw gepland, elk met dezelfde "
                        + w.seeds().size() + " seeds en dezelfde rekentijd; een variant voegt capaciteit toe aan één "
                        + "soort plek. 'Weken gewonnen' is de daling van het totaal aan weken tot volledige deelname "
                        + "(alleen verplichte trajecten) over alle personen, gemiddeld over de seeds, met de kleinste "
                        + "en grootste winst per seed erachter. Een winst telt als echt (ja) als elke seed dezelfde "
                        + "kant op gaat en het gemiddelde groter is dan de spreiding van het basisplan zelf over de "
                        + "seeds.",
                "The base scenario and every variant were planned again, each with the same " + w.seeds().size()
                        + " seeds and the same time budget; a variant adds capacity to one kind of place. 'Weeks "
                        + "gained' is the fall in the total of weeks to full participation (required tracks only) over "
                        + "all persons, the mean over the seeds, with the least and most gain of a seed after it. A "
                        + "gain counts as real (yes) when every seed moves the same way and the mean exceeds the "
                        + "spread of the base plan itself over the seeds.");
    }

    private static void ranked(WhatIf w, boolean english, List<Block> b) {
        List<List<String>> rows = new ArrayList<>();
        List<Svg.Bar> bars = new ArrayList<>();
        for (int i = 0; i < w.variants().size(); i++) {
            VariantOutcome v = w.variants().get(i);
            FigureChange gained = v.weeksGained();
            FigureChange headline = v.change(PlanMetrics::meanWeeksToFullParticipation);
            rows.add(List.of(String.valueOf(i + 1), v.variant().name(), String.valueOf(v.variant().units()),
                    text(gained.mean(), english) + " (" + text(gained.min(), english) + " .. "
                            + text(gained.max(), english) + ")",
                    text(v.weeksGainedPerUnit(), english), signed(headline.mean(), english),
                    gained.beyondSpread() ? t(english, "ja", "yes") : t(english, "nee", "no")));
            // The chart's label column is narrow: the kind without the place in brackets.
            bars.add(new Svg.Bar(v.variant().name().replaceAll(" \\([^)]*\\)", ""),
                    (int) Math.max(0, Math.round(v.weeksGainedPerUnit()))));
        }
        b.add(new Table(List.of("#", t(english, "Variant", "Variant"), t(english, "Eenheden", "Units"),
                t(english, "Weken gewonnen (min .. max)", "Weeks gained (min .. max)"),
                t(english, "Per eenheid", "Per unit"),
                t(english, "Verschil gem. weken tot volledige deelname", "Change in mean weeks to full participation"),
                t(english, "Boven de spreiding", "Beyond the spread")), rows));
        if (!bars.isEmpty()) {
            b.add(new Chart(Svg.shareBars(bars, false), t(english, "Grafiek: weken gewonnen per eenheid per variant.",
                    "Chart: weeks gained per unit for each variant.")));
        }
        b.add(new Para(t(english, "Eenheden: een woning of cursusgroep zoals de genoemde plek, of één schoolplaats of "
                        + "werkplek erbij. Per eenheid: de weken gewonnen gedeeld door de eenheden. Het verschil in "
                        + "het gemiddelde is de verandering van het kerncijfer per persoon (negatief is beter).",
                "Units: a dwelling or course group like the place named, or one more school seat or placement slot. "
                        + "Per unit: the weeks gained divided by the units. The change in the mean is the change of the "
                        + "headline per person (negative is better).")));
    }

    private static void pressures(WhatIf w, boolean english, List<Block> b) {
        b.add(new Heading(t(english, "Waar capaciteit knelt in het basisplan", "Where capacity binds in the base plan")));
        List<List<String>> rows = w.pressures().stream().filter(p -> p.personWeeksWaitingAtFull() > 0)
                .map(p -> List.of(p.kind(), p.track().name(), String.valueOf(p.places()),
                        String.valueOf(p.personWeeksWaitingAtFull()), String.valueOf(p.personsWaiting()),
                        p.mostPressedPlace())).toList();
        b.add(new Table(List.of(t(english, "Soort plek", "Kind of place"), t(english, "Spoor", "Track"),
                t(english, "Plekken", "Places"), t(english, "Persoonweken wachten bij een volle plek",
                        "Person-weeks waiting at a full place"), t(english, "Wachtenden", "Persons waiting"),
                t(english, "Drukste plek", "Most pressed place")), rows));
        b.add(new Para(t(english, "Persoonweken wachten bij een volle plek: weken, opgeteld over personen, waarin "
                        + "iemand op een traject wacht terwijl een plek van deze soort waarvoor die in aanmerking "
                        + "komt en die die week een start toelaat, vol is (uit het basisplan van de eerste seed). "
                        + "Open aanbod zonder maximum is nooit vol en staat er niet in.",
                "Person-weeks waiting at a full place: weeks, summed over persons, in which someone waits for a "
                        + "track while a place of this kind they are eligible for, and that allows a start that week, "
                        + "is full (from the base plan of the first seed). Open offers without a cap are never full "
                        + "and not listed.")));
    }

    private static void figures(WhatIf w, boolean english, List<Block> b) {
        b.add(new Heading(t(english, "Verandering in elk cijfer", "Change in every figure")));
        List<String> head = new ArrayList<>(List.of(t(english, "Cijfer", "Figure"),
                t(english, "Basis (gem.)", "Base (mean)")));
        w.variants().forEach(v -> head.add(v.variant().name()));
        List<List<String>> rows = new ArrayList<>();
        for (Row r : rows(w, english)) {
            List<String> row = new ArrayList<>(List.of(r.label(),
                    text(w.base().stream().mapToDouble(r.figure()).average().orElse(0), english)));
            for (VariantOutcome v : w.variants()) {
                FigureChange c = v.change(r.figure());
                row.add(signed(c.mean(), english) + " (" + signed(c.min(), english) + " .. " + signed(c.max(), english)
                        + ")" + (c.beyondSpread() ? " *" : ""));
            }
            rows.add(row);
        }
        b.add(new Table(head, rows));
        b.add(new Para(t(english, "Per variant het verschil met de basis, gemiddeld over de seeds (kleinste .. "
                        + "grootste verschil per seed); * betekent boven de spreiding. Elk cijfer is gedefinieerd als "
                        + "op de planpagina; de gerealiseerde taakstelling telt de personen die in het halfjaar "
                        + "verhuizen.",
                "Per variant the difference from the base, the mean over the seeds (least .. most difference of a "
                        + "seed); * means beyond the spread. Every figure is defined as on the plan page; the quota "
                        + "realised counts the persons who move in within the half-year.")));
    }

    /** A figure of the table: its label and how to read it from a plan's figures. */
    private record Row(String label, ToDoubleFunction<PlanMetrics> figure) {
    }

    /** Every compared figure, the quota realised per half-year and the unplanned tracks per reason. */
    private static List<Row> rows(WhatIf w, boolean english) {
        List<Row> rows = new ArrayList<>();
        for (ComparedFigure f : ComparedFigure.values()) {
            if (f.lowerIsBetter() != null) {
                rows.add(new Row(f.label(english), m -> f.value(m).doubleValue()));
            }
        }
        for (QuotaRealised q : w.base().get(0).housingQuota()) {
            rows.add(new Row(t(english, "Taakstelling gerealiseerd ", "Quota realised ") + q.label(),
                    m -> m.housingQuota().stream().filter(x -> x.label().equals(q.label()))
                            .mapToInt(QuotaRealised::housed).sum()));
        }
        Set<UnplannedReason> reasons = new TreeSet<>();
        w.base().forEach(m -> reasons.addAll(m.unplannedByReason().keySet()));
        w.variants().forEach(v -> v.plans().forEach(m -> reasons.addAll(m.unplannedByReason().keySet())));
        for (UnplannedReason r : reasons) {
            rows.add(new Row(ComparedFigure.unplanned(r, english), m -> m.unplannedByReason().getOrDefault(r, 0)));
        }
        return rows;
    }

    private static String t(boolean english, String nl, String en) {
        return english ? en : nl;
    }

    private static String text(double value, boolean english) {
        double rounded = Math.round(value * 10) / 10.0 + 0.0; // + 0.0 turns -0.0 into 0.0
        return String.format(english ? Locale.ENGLISH : Locale.forLanguageTag("nl"), "%.1f", rounded);
    }

    private static String signed(double value, boolean english) {
        return (Math.round(value * 10) > 0 ? "+" : "") + text(value, english);
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
