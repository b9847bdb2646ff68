package nl.tegelijk.examples.cli;

import java.util.ArrayList;
import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.DecisionTopic;
import nl.tegelijk.assessment.Justification;

/** One person's assessment in plain language: each decision with its reason, rule id and legal basis. */
final class AssessmentText {

    private AssessmentText() {
    }

    static List<String> explain(Assessment a, boolean english) {
        List<String> lines = new ArrayList<>();
        lines.add((english ? "Assessment of " : "Beoordeling van ") + a.personId()
                + (english ? " on " : " op ") + a.referenceDate()
                + (english ? " (law as applied on " : " (recht zoals toegepast op ") + a.applicationDate() + ")");
        lines.add((english ? "  Regime: " : "  Regime: ") + a.regime()
                + a.dutyDate().map(d -> (english ? ", duty arises " : ", plicht ontstaat ") + d).orElse(""));
        lines.add((english ? "  Integration duty: " : "  Inburgeringsplicht: ")
                + (a.duty().obliged() ? (english ? "yes" : "ja") : (english ? "no" : "nee"))
                + " (" + a.duty().ground() + ", " + a.duty().ruleId() + ")");
        lines.add((english ? "  Learning route: " : "  Leerroute: ") + a.route()
                + a.targetLevel().map(l -> (english ? ", target level " : ", doelniveau ") + l).orElse(""));
        a.deadlines().forEach(d -> lines.add("  " + (english ? "Deadline " : "Termijn ") + d.kind() + ": " + d.date()
                + " (" + d.ruleId() + ")"));
        a.tracks().forEach(t -> lines.add("  " + (english ? "Track " : "Spoor ") + t.track()
                + (english ? " from " : " vanaf ") + t.earliestStart()
                + t.deadline().map(d -> (english ? ", by " : ", uiterlijk ") + d).orElse("")
                + (t.voluntary() ? (english ? " (voluntary)" : " (vrijwillig)") : "") + " (" + t.ruleId() + ")"));
        lines.add((english ? "  Weekly hours limit: " : "  Maximum uren per week: ") + a.weeklyHoursLimit());
        a.measures().forEach(m -> lines.add("  " + (english ? "Support " : "Ondersteuning ") + m.domain() + ": "
                + m.measure() + m.from().map(f -> " " + f).orElse("") + m.until().map(u -> " – " + u).orElse("")
                + " (" + m.ruleId() + ")"));
        lines.add(english ? "Why:" : "Waarom:");
        for (DecisionTopic topic : DecisionTopic.values()) {
            for (Justification j : a.justifications()) {
                if (j.topic() == topic) {
                    lines.add("  [" + j.ruleId() + "] " + (english ? j.explanationEn() : j.explanationNl())
                            + " — " + j.legalBasis().citation());
                }
            }
        }
        return lines;
    }
}
