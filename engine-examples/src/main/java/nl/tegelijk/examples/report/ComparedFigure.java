package nl.tegelijk.examples.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.monitoring.Share;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.UnplannedReason;

/**
 * The figures that the plan page, the council report and the command line show for the optimised plan beside both
 * baselines, each with its name and its definition in one sentence, in Dutch and English. The values come from
 * {@link PlanMetrics} (defined once in {@code nl.tegelijk.monitoring.PlanFigures}); this only names them.
 */
public enum ComparedFigure {
    PERSONS("Personen met een verplicht traject", "Persons with a required track",
            "Iedereen voor wie de beoordeling ten minste één verplicht traject vaststelt.",
            "Everyone the assessment gives at least one required track.",
            m -> m.persons(), null),
    FULLY_PLANNED("Personen met elk verplicht traject gepland", "Persons with every required track planned",
            "Van die personen: wie voor elk verplicht traject een plek en startweek heeft binnen de planperiode.",
            "Of those persons, everyone with a place and start week for every required track within the horizon.",
            m -> m.personsFullyPlanned(), Boolean.FALSE),
    WEEKS_TO_FULL_PARTICIPATION("Weken tot volledige deelname (gemiddeld)", "Weeks to full participation (mean)",
            "Weken van de eerste week waarin een verplicht traject mag beginnen tot de start van het laatste verplichte"
                    + " traject; een ongepland traject telt tot het einde van de planperiode.",
            "Weeks from the first week any required track may start to the start of the last required track; an "
                    + "unplanned track counts until the horizon end.",
            m -> round(m.weeksToFullParticipation().mean()), Boolean.TRUE),
    WEEKS_TO_FULL_PARTICIPATION_P90("Weken tot volledige deelname (p90)", "Weeks to full participation (p90)",
            "Het 90e percentiel van hetzelfde: zo lang wacht de 10% die het langst wacht ten minste.",
            "The 90th percentile of the same: the 10% who wait longest wait at least this long.",
            m -> m.weeksToFullParticipation().p90(), Boolean.TRUE),
    WEEKS_TO_FULL_PARTICIPATION_EVERY_NEED("Weken tot alles loopt, ook vrijwillig (gemiddeld)",
            "Weeks until every need is met, voluntary included (mean)",
            "Hetzelfde over elke behoefte die de intake vond, ook vrijwillige trajecten zoals voorinburgering.",
            "The same over every need the intake found, voluntary tracks such as pre-integration included.",
            m -> round(m.weeksToFullParticipationEveryNeed().mean()), Boolean.TRUE),
    WEEKS_TO_FIRST_ACTIVITY("Weken tot de eerste activiteit (gemiddeld)", "Weeks to the first activity (mean)",
            "Weken van aankomst (de eerste week waarin een traject mag beginnen) tot de start van de eerste taal-, "
                    + "onderwijs- of werkactiviteit; verhuizen telt niet.",
            "Weeks from arrival (the first week any track may start) to the start of the first language, education "
                    + "or work activity; moving in does not count.",
            m -> round(m.weeksToFirstActivity().mean()), Boolean.TRUE),
    IDLE_WEEKS_IN_FIRST_YEAR("Weken zonder activiteit in het eerste jaar (gemiddeld)",
            "Idle weeks in the first year (mean)",
            "Weken van de eerste 52 na aankomst (binnen de planperiode) waarin geen taal-, onderwijs- of werkactiviteit"
                    + " loopt.",
            "Weeks of the first 52 after arrival (within the horizon) in which no language, education or work "
                    + "activity runs.",
            m -> round(m.idleWeeksInFirstYear().mean()), Boolean.TRUE),
    WAITING_HOUSING("Wachtweken wonen (gemiddeld)", "Waiting weeks, housing (mean)",
            "Weken van de vroegste toegestane week tot de verhuizing, per persoon met een woonbehoefte.",
            "Weeks from the earliest allowed week to moving in, per person who needs a dwelling.",
            m -> waiting(m, TrackKind.HOUSING), Boolean.TRUE),
    WAITING_LANGUAGE("Wachtweken taal (gemiddeld)", "Waiting weeks, language (mean)",
            "Weken van de vroegste toegestane week tot de start van de taalcursus, per taaltraject.",
            "Weeks from the earliest allowed week to the start of the language course, per language track.",
            m -> waiting(m, TrackKind.LANGUAGE), Boolean.TRUE),
    WAITING_EDUCATION("Wachtweken onderwijs (gemiddeld)", "Waiting weeks, education (mean)",
            "Weken van de vroegste toegestane week tot de start op school, per onderwijstraject.",
            "Weeks from the earliest allowed week to the start at school, per education track.",
            m -> waiting(m, TrackKind.EDUCATION), Boolean.TRUE),
    WAITING_WORK("Wachtweken werk en participatie (gemiddeld)", "Waiting weeks, work and participation (mean)",
            "Weken van de vroegste toegestane week tot de start van werk of participatie, per werktraject.",
            "Weeks from the earliest allowed week to the start of work or participation, per work track.",
            m -> waiting(m, TrackKind.WORK), Boolean.TRUE),
    PAID_WORK_WITHIN_78_WEEKS_OF_PERMIT("Betaald werk binnen 78 weken na de vergunning (%)",
            "Paid work within 78 weeks of the permit (%)",
            "Van de volwassenen die betaald mogen werken en bij wie vergunningsdatum plus 78 weken in de planperiode"
                    + " valt: het deel met een betaalde baan die uiterlijk 78 weken na de vergunning begint (vergelijk:"
                    + " aandeel met werk na 1,5 jaar, CBS).",
            "Of the adults who may take paid work and whose permit date plus 78 weeks falls within the horizon: the"
                    + " share with a paid job that starts at most 78 weeks after the permit (compare: the share in work"
                    + " after 1.5 years, CBS).",
            m -> paidWork(m, 78), Boolean.FALSE),
    PAID_WORK_WITHIN_130_WEEKS_OF_PERMIT("Betaald werk binnen 130 weken na de vergunning (%)",
            "Paid work within 130 weeks of the permit (%)",
            "Hetzelfde met 130 weken (vergelijk: aandeel met werk na 2,5 jaar, CBS).",
            "The same with 130 weeks (compare: the share in work after 2.5 years, CBS).",
            m -> paidWork(m, 130), Boolean.FALSE),
    UNPLANNED_REQUIRED("Verplichte trajecten niet gepland", "Required tracks unplanned",
            "Verplichte trajecten zonder plek binnen de planperiode; de reden per traject staat in het plan.",
            "Required tracks without a place within the horizon; the plan gives the reason for each.",
            m -> m.unplannedRequired(), Boolean.TRUE);

    private final String nl;
    private final String en;
    private final String definitionNl;
    private final String definitionEn;
    private final Function<PlanMetrics, Number> value;
    private final Boolean lowerIsBetter;

    ComparedFigure(String nl, String en, String definitionNl, String definitionEn, Function<PlanMetrics, Number> value,
                   Boolean lowerIsBetter) {
        this.nl = nl;
        this.en = en;
        this.definitionNl = definitionNl;
        this.definitionEn = definitionEn;
        this.value = value;
        this.lowerIsBetter = lowerIsBetter;
    }

    /** The figure's name. */
    public String label(boolean english) {
        return english ? en : nl;
    }

    /** The figure's definition in one sentence. */
    public String definition(boolean english) {
        return english ? definitionEn : definitionNl;
    }

    /** The figure of one plan, means rounded to one decimal. */
    public Number value(PlanMetrics metrics) {
        return value.apply(metrics);
    }

    /** True when less is better, false when more is better, null when neither (a count of persons). */
    public Boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** The value as text, with a decimal comma in Dutch. */
    public String text(PlanMetrics metrics, boolean english) {
        Number n = value(metrics);
        return n instanceof Double d ? String.format(english ? Locale.ENGLISH : Locale.forLanguageTag("nl"), "%.1f", d)
                : String.valueOf(n);
    }

    /** The name of a plan's method: optimised, greedy parallel or sequential. */
    public static String method(PlanMethod method, boolean english) {
        return switch (method) {
            case OPTIMISED -> english ? "optimised" : "geoptimaliseerd";
            case GREEDY_PARALLEL -> english ? "greedy parallel" : "gretig parallel";
            case SEQUENTIAL -> english ? "sequential (the former policy)" : "na elkaar (de oude werkwijze)";
            case CP_SAT -> english ? "exact reference (CP-SAT)" : "exacte referentie (CP-SAT)";
        };
    }

    /** What the baselines are, in one sentence each. */
    public static List<String> baselines(boolean english) {
        return english ? List.of("Greedy parallel: every track as soon as a place is free, in arrival order, without "
                        + "looking ahead.", "Sequential: the policy the programme replaced, a dwelling first, then the "
                        + "language course, work only after the course.")
                : List.of("Gretig parallel: elk traject zodra er een plek vrij is, op volgorde van aankomst, zonder "
                        + "vooruit te kijken.", "Na elkaar: de werkwijze die het programma verving, eerst een woning, "
                        + "dan de taalcursus, werk pas na de cursus.");
    }

    /** The name of an unplanned reason in a table row. */
    public static String unplanned(UnplannedReason reason, boolean english) {
        String r = reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return (english ? "Unplanned: " : "Niet gepland: ") + r;
    }

    /** The share in percent with one decimal; 0 when nobody is counted. */
    private static double paidWork(PlanMetrics m, int weeks) {
        Share share = m.paidWorkWithinWeeksOfPermit().get(weeks);
        return share == null ? 0.0 : round(share.exactPercent());
    }

    private static double waiting(PlanMetrics m, TrackKind track) {
        return round(m.meanWaitingWeeksByTrack().getOrDefault(track, 0.0));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
