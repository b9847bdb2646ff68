package nl.tegelijk.examples.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.tegelijk.assessment.MeasureKind;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.examples.report.ReportDocument.Block;
import nl.tegelijk.examples.report.ReportDocument.Chart;
import nl.tegelijk.examples.report.ReportDocument.Heading;
import nl.tegelijk.examples.report.ReportDocument.Para;
import nl.tegelijk.examples.report.ReportDocument.Table;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.api.WhatIf;
import nl.tegelijk.monitoring.CouncilFigures;
import nl.tegelijk.monitoring.CouncilFigures.DomainFigures;
import nl.tegelijk.monitoring.CouncilFigures.GroupFigures;
import nl.tegelijk.monitoring.CouncilFigures.IntakeCount;
import nl.tegelijk.monitoring.CouncilFigures.Remark;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.monitoring.QuotaRealised;
import nl.tegelijk.monitoring.Share;

/**
 * The half-year council report (<i>raadsinformatiebrief</i>) in Dutch or English, as Markdown and as a
 * self-contained HTML page with inline SVG charts. Renders {@link CouncilFigures} of the plan and the
 * {@link PlanMetrics} of the baselines beside it; computes nothing itself. Immutable and thread-safe.
 */
public final class CouncilReport {

    private final CouncilFigures f;
    private final List<PlanMetrics> baselines;
    private final boolean en;
    /** The as-of date of a replanned plan, or {@code null} for a first plan. */
    private final LocalDate replannedAsOf;
    /** The capacity what-if on the same scenario, or {@code null} when none was run. */
    private final WhatIf whatIf;
    private final List<QuotaCheck> quotaChecks;
    /** The quota the law gives per half-year whose quota states its figures. */
    private final QuotaByLaw byLaw;

    private CouncilReport(CouncilFigures figures, List<PlanMetrics> baselines, LocalDate replannedAsOf,
                          boolean english) {
        this(figures, baselines, replannedAsOf, english, null, List.of());
    }

    private CouncilReport(CouncilFigures figures, List<PlanMetrics> baselines, LocalDate replannedAsOf,
                          boolean english, WhatIf whatIf, List<QuotaCheck> quotaChecks) {
        this.f = figures;
        this.baselines = List.copyOf(baselines);
        this.replannedAsOf = replannedAsOf;
        this.en = english;
        this.whatIf = whatIf;
        this.quotaChecks = List.copyOf(quotaChecks);
        this.byLaw = new QuotaByLaw(this.quotaChecks);
    }

    /**
     * This report with a paragraph "Where capacity buys the most" on {@code w}, a what-if on the same scenario: the
     * ranked table of its variants and their chart.
     */
    public CouncilReport withWhatIf(WhatIf w) {
        return new CouncilReport(f, baselines, replannedAsOf, en, requireNonNull(w, "whatIf"), quotaChecks);
    }

    /**
     * This report with, in its quota section, the quota the law gives (HV-FORMULA-01, Huisvestingswet 2014 art. 29
     * lid 1) beside the given one for every half-year of {@code checks} (the facade's {@code checkQuotas} of the same
     * scenario); the other half-years show a dash.
     */
    public CouncilReport withQuotaChecks(List<QuotaCheck> checks) {
        return new CouncilReport(f, baselines, replannedAsOf, en, whatIf, requireNonNull(checks, "quotaChecks"));
    }

    /**
     * The report of {@code figures}, with the figures of {@code baselines} (e.g. the greedy-parallel and the
     * sequential plan of the same scenario) beside the plan's; {@code english} false gives Dutch.
     */
    public static CouncilReport of(CouncilFigures figures, List<PlanMetrics> baselines, boolean english) {
        return new CouncilReport(figures, baselines, null, english);
    }

    /**
     * The report of a plan replanned week by week up to {@code asOf}, whose past is what happened; the
     * {@code baselines} are planned on the same scenario and assessments (the state as of {@code asOf}) but from week
     * 0, without that past, and the report says so beside them.
     */
    public static CouncilReport replanned(CouncilFigures figures, List<PlanMetrics> baselines, LocalDate asOf,
                                          boolean english) {
        return new CouncilReport(figures, baselines, requireNonNull(asOf, "asOf"), english);
    }

    /** The report as Markdown. */
    public String markdown() {
        return document().markdown();
    }

    /** The report as one HTML page with inline SVG charts and no external resource. */
    public String html() {
        return document().html();
    }

    private String t(String nl, String english) {
        return en ? english : nl;
    }

    private ReportDocument document() {
        List<Block> b = new ArrayList<>();
        b.add(new Para(t("Aan de gemeenteraad van ", "To the municipal council of ") + f.municipality() + ". "
                + t("Deze brief geeft de stand van het plan voor de huisvesting en integratie van statushouders en "
                        + "asielzoekers (scenario ", "This letter gives the state of the plan for the housing and "
                        + "integration of permit holders and asylum seekers (scenario ") + f.scenarioName() + ", "
                + f.periodStart() + t(" tot en met ", " to ") + f.periodEnd() + "). "
                + t("Het zijn geplande cijfers: ze komen uit het plan, de scenariogegevens en de beoordelingen.",
                        "The figures are planned ones: they come from the plan, the scenario data and the assessments.")));
        comparison(b);
        quota(b);
        b.add(new Heading(t("Kerncijfers", "Key figures")));
        b.add(new Table(List.of(t("Cijfer", "Figure"), t("Waarde", "Value")), List.of(
                List.of(t("Gehuisvest (van wie een woning nodig heeft)", "Housed (of those who need a dwelling)"),
                        share(f.housedOfPermitHolders())),
                List.of(t("Weken van vergunning tot verhuizing, mediaan / p90", "Weeks from permit to moving in, "
                        + "median / p90"), f.permitToHousing().median() + " / " + f.permitToHousing().p90()),
                List.of(t("Weken van koppeling aan de gemeente tot verhuizing, mediaan / p90",
                        "Weeks from link to the municipality to moving in, median / p90"),
                        f.linkToHousing().median() + " / " + f.linkToHousing().p90()),
                List.of(t("Volwassenen in een taalcursus binnen 4 weken", "Adults in a language course within 4 weeks"),
                        share(f.languageWithin4Weeks())),
                List.of(t("Volwassenen in een taalcursus binnen 12 weken", "Adults in a language course within 12 weeks"),
                        share(f.languageWithin12Weeks())),
                List.of(t("Kinderen op school binnen de wettelijke termijn", "Children at school within the legal term"),
                        share(f.childrenInSchoolInTerm()) + (f.childrenTermPassedBeforeStart() == 0 ? ""
                                : t("; bij ", "; for ") + f.childrenTermPassedBeforeStart()
                                + t(" was de termijn al voorbij bij de start van het plan",
                                " the term had passed before the plan start"))),
                List.of(t("Volwassenen in werk of participatie", "Adults in work or participation"),
                        share(f.adultsInWorkOrParticipation())))));
        b.add(new Chart(Svg.shareBars(List.of(
                new Svg.Bar(t("Taal ≤ 4 wk", "Language ≤ 4 wk"), f.languageWithin4Weeks().percent()),
                new Svg.Bar(t("Taal ≤ 12 wk", "Language ≤ 12 wk"), f.languageWithin12Weeks().percent()),
                new Svg.Bar(t("School op tijd", "School in term"), f.childrenInSchoolInTerm().percent()),
                new Svg.Bar(t("Werk/participatie", "Work/participation"), f.adultsInWorkOrParticipation().percent()),
                new Svg.Bar(t("Gehuisvest", "Housed"), f.housedOfPermitHolders().percent()))),
                t("Grafiek: de aandelen hierboven in procenten.", "Chart: the shares above in percent.")));
        b.add(new Para(t("Definities: volwassen is 18 jaar of ouder bij de start van het plan; weken zijn hele weken; "
                        + "'binnen N weken' telt vanaf de vroegste start die de beoordeling toestaat; de wettelijke "
                        + "termijn voor school is de termijn uit de beoordeling, anders 3 maanden (EDU-ASYL-01). "
                        + "Weken tot verhuizing tellen alleen wie binnen de planperiode verhuist.",
                "Definitions: an adult is 18 or older at the plan start; weeks are whole weeks; 'within N weeks' "
                        + "counts from the earliest start the assessment allows; the legal term for school is the "
                        + "assessment's deadline, or else 3 months (EDU-ASYL-01). Weeks to moving in count only "
                        + "those who move within the plan period.")));
        domains(b);
        groups(b);
        intake(b);
        if (whatIf != null) {
            b.addAll(WhatIfSection.paragraph(whatIf, en));
        }
        String title = t("Raadsinformatiebrief huisvesting en integratie statushouders, ",
                "Council information letter on housing and integration of permit holders, ") + f.municipality();
        return new ReportDocument(title, en ? "en" : "nl", b);
    }

    /** The plan's figures beside the baselines', each with its definition. */
    private void comparison(List<Block> b) {
        b.add(new Heading(t("Tegelijk tegenover de vergelijkingen", "Tegelijk against the baselines")));
        List<PlanMetrics> plans = new ArrayList<>();
        plans.add(f.plan());
        plans.addAll(baselines);
        List<String> head = new ArrayList<>(List.of(t("Cijfer", "Figure")));
        plans.forEach(m -> head.add(ComparedFigure.method(m.method(), en)));
        head.add(t("Wat het cijfer meet", "What the figure measures"));
        List<List<String>> rows = new ArrayList<>();
        for (ComparedFigure figure : ComparedFigure.values()) {
            List<String> row = new ArrayList<>(List.of(figure.label(en)));
            plans.forEach(m -> row.add(figure.text(m, en)));
            row.add(figure.definition(en));
            rows.add(row);
        }
        b.add(new Table(head, rows));
        b.add(new Para(String.join(" ", ComparedFigure.baselines(en))));
        if (replannedAsOf != null) {
            b.add(new Para(t("Het plan van Tegelijk is week na week bijgesteld tot " + replannedAsOf + "; wat daarvoor "
                    + "ligt, is gebeurd. De vergelijkingen zijn gemaakt op dezelfde stand (dezelfde personen, plekken en "
                    + "beoordelingen op " + replannedAsOf + "), maar vanaf het begin van de planperiode, zonder dat "
                    + "verleden: ze tonen wat die werkwijzen met dezelfde mensen en plekken hadden gepland.",
                    "Tegelijk's plan was replanned week by week up to " + replannedAsOf + "; what lies before that "
                    + "happened. The baselines are planned on the same state (the same persons, places and "
                    + "assessments as of " + replannedAsOf + "), but from the start of the planning period, without "
                    + "that past: they show what those policies would have planned with the same people and places.")));
        }
    }

    private void quota(List<Block> b) {
        b.add(new Heading(t("Taakstelling huisvesting per halfjaar", "Housing quota per half-year")));
        List<List<String>> rows = new ArrayList<>();
        for (QuotaRealised q : f.quota()) {
            rows.add(List.of(q.label(), String.valueOf(q.housed()), String.valueOf(q.quota()),
                    byLaw.text(q.label()), q.percentText()));
        }
        b.add(new Table(List.of(t("Halfjaar", "Half-year"), t("Gehuisvest", "Housed"), t("Taakstelling", "Quota"),
                QuotaByLaw.heading(en), t("Gerealiseerd", "Realised")), rows));
        b.add(new Para(byLaw.note(en)));
        b.add(new Chart(Svg.pairedBars(f.quota().stream().map(q -> new Svg.Pair(q.label(), q.housed(), q.quota()))
                        .toList(), t("gehuisvest", "housed"), t("taakstelling", "quota")),
                t("Grafiek: gehuisvest tegenover taakstelling per halfjaar.", "Chart: housed against quota per half-year.")));
    }

    private void domains(List<Block> b) {
        b.add(new Heading(t("Per leefgebied", "Per life domain")));
        List<List<String>> rows = new ArrayList<>();
        for (DomainFigures d : f.domains()) {
            rows.add(List.of(domain(d.domain()), String.valueOf(d.personsWithNeed()),
                    String.valueOf(d.personsWithMeasure()), topMeasures(d.measures()),
                    d.started().map(this::share).orElse("-")));
        }
        b.add(new Table(List.of(t("Leefgebied", "Life domain"), t("Met ondersteuningsbehoefte (intake)",
                "With a support need (intake)"), t("Met maatregel of verwijzing", "With a measure or referral"),
                t("Meest toegekend", "Most granted"), t("Gestart (van wie het traject heeft)",
                "Started (of those with the track)")), rows));
    }

    private String topMeasures(Map<MeasureKind, Integer> measures) {
        return measures.entrySet().stream()
                .sorted(Map.Entry.<MeasureKind, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> measure(e.getKey()) + " " + e.getValue())
                .reduce((x, y) -> x + "; " + y).orElse("-");
    }

    private void groups(List<Block> b) {
        b.add(new Heading(t("Specifieke groepen", "Specific groups")));
        List<List<String>> rows = new ArrayList<>();
        for (GroupFigures g : f.groups()) {
            rows.add(List.of(group(g.group()), String.valueOf(g.persons()), share(g.housed()), share(g.language()),
                    share(g.education()), share(g.work()), g.weeksToFullParticipation().count() == 0 ? "-"
                            : g.weeksToFullParticipation().median() + " / " + g.weeksToFullParticipation().p90()));
        }
        b.add(new Table(List.of(t("Groep", "Group"), t("Personen", "Persons"), t("Gehuisvest", "Housed"),
                t("Taal", "Language"), t("Onderwijs", "Education"), t("Werk/participatie", "Work/participation"),
                t("Weken tot volledige deelname, mediaan / p90", "Weeks to full participation, median / p90")),
                rows));
        b.add(new Para(t("Jonge alleenstaande vluchtelingen: 18 tot en met 26 jaar en alleen in het huishouden. "
                        + "Volwassenen in onderwijs: 18 jaar of ouder met een onderwijstraject. Iedereen telt mee: wie "
                        + "een verplicht traject niet gepland krijgt, telt tot het einde van de planperiode.",
                "Young single refugees: 18 to 26 and alone in the household. Adults in education: 18 or older with "
                        + "an education track. Everyone counts: a required track left unplanned counts until the "
                        + "horizon end.")));
    }

    private void intake(List<Block> b) {
        b.add(new Heading(t("Wat de intakepartners zien", "What the intake parties see")));
        List<List<String>> rows = new ArrayList<>();
        for (LifeDomain d : LifeDomain.values()) {
            List<String> row = new ArrayList<>(List.of(domain(d)));
            for (IntakeParty p : IntakeParty.values()) {
                row.add(f.intake().stream().filter(c -> c.domain() == d && c.party() == p).findFirst()
                        .map(c -> c.withNeed() + " (" + c.high() + ")").orElse("0"));
            }
            rows.add(row);
        }
        List<String> head = new ArrayList<>(List.of(t("Leefgebied", "Life domain")));
        for (IntakeParty p : IntakeParty.values()) {
            head.add(party(p));
        }
        b.add(new Para(t("Bevindingen met ondersteuningsbehoefte per leefgebied en partij; tussen haakjes: "
                        + "intensieve ondersteuning nodig.", "Findings with a support need per life domain and party; "
                        + "in brackets: intensive support needed.")));
        b.add(new Table(head, rows));
        b.add(new Chart(Svg.shareBars(f.domains().stream().map(d -> new Svg.Bar(domain(d.domain()),
                        (int) f.intake().stream().filter(c -> c.domain() == d.domain())
                                .mapToInt(IntakeCount::withNeed).sum())).toList(), false),
                t("Grafiek: bevindingen met ondersteuningsbehoefte per leefgebied.",
                        "Chart: findings with a support need per life domain.")));
        List<String> remarks = new ArrayList<>();
        for (String kind : List.of("wish", "strength", "note")) {
            f.remarks().stream().filter(r -> r.kind().equals(kind)).limit(3)
                    .forEach(r -> remarks.add(remarkKind(r) + ": \u201c" + r.text() + "\u201d (" + r.persons()
                            + t(" personen)", " persons)")));
        }
        if (!remarks.isEmpty()) {
            b.add(new Para(t("Veel genoemd in de intakeverslagen (letterlijk, alleen opmerkingen over ten minste ",
                    "Often recorded in the intake reports (verbatim, only remarks about at least ")
                    + CouncilFigures.MIN_PERSONS_PER_REMARK + t(" personen, zonder namen):",
                    " persons, without names):")));
            b.add(new Table(List.of(t("Opmerking", "Remark")), remarks.stream().map(List::of).toList()));
        }
    }

    private String remarkKind(Remark r) {
        return switch (r.kind()) {
            case "wish" -> t("Wens", "Wish");
            case "strength" -> t("Kracht", "Strength");
            default -> t("Notitie", "Note");
        };
    }

    private String share(Share s) {
        return s.of() == 0 ? "-" : s.count() + t(" van ", " of ") + s.of() + " (" + s.percent() + "%)";
    }

    private String domain(LifeDomain d) {
        return switch (d) {
            case HOUSING -> t("Wonen", "Housing");
            case LANGUAGE -> t("Taal", "Language");
            case EDUCATION -> t("Onderwijs", "Education");
            case WORK -> t("Werk", "Work");
            case HEALTH_AND_SAFETY -> t("Gezondheid en veiligheid", "Health and safety");
            case PARTICIPATION -> t("Participatie", "Participation");
        };
    }

    private String group(CouncilFigures.Group g) {
        return switch (g) {
            case UNACCOMPANIED_MINORS -> t("Alleenstaande minderjarigen (amv)", "Unaccompanied minors");
            case YOUNG_SINGLE_REFUGEES -> t("Jonge alleenstaande vluchtelingen", "Young single refugees");
            case ADULTS_IN_EDUCATION -> t("Volwassenen in onderwijs", "Adults in education");
        };
    }

    private String party(IntakeParty p) {
        return switch (p) {
            case SOCIAL_DISTRICT_TEAM -> t("Sociaal Wijkteam", "Social district team");
            case REFUGEE_SUPPORT_ORGANISATION -> t("VluchtelingenWerk", "Refugee support");
            case WORK_DEPARTMENT -> t("Afdeling Werk", "Work department");
        };
    }

    private String measure(MeasureKind m) {
        if (en) {
            String s = m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return switch (m) {
            case LITERACY_COURSE_FIRST -> "Eerst alfabetisering";
            case CHILDCARE -> "Kinderopvang";
            case GUARDIAN -> "Voogd (Nidos)";
            case SMALL_SCALE_HOUSING -> "Kleinschalige woonvoorziening";
            case FOSTER_FAMILY -> "Opvanggezin";
            case ADULTHOOD_PLAN -> "Plan voor 18e verjaardag";
            case MENTOR -> "Mentor";
            case MENTAL_HEALTH_REFERRAL -> "Verwijzing GGD/ggz";
            case TB_SCREENING -> "Tbc-screening";
            case HEALTH_INSURANCE -> "Zorgverzekering";
            case YOUTH_CARE -> "Jeugdhulp";
            case UNBURDENING -> "Ontzorgen";
            case SOCIAL_GUIDANCE -> "Maatschappelijke begeleiding";
            case LANGUAGE_BUDDY -> "Taalmaatje";
            case WORK_COACH -> "Werkcoach";
            case DIPLOMA_RECOGNITION -> "Diplomawaardering";
            case FAMILY_REUNIFICATION_ADVICE -> "Advies nareis";
            case VOLUNTEER_STATEMENT -> "Verklaring vrijwilligerswerk";
        };
    }
}
