package nl.tegelijk.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.tegelijk.api.PlanMove;
import nl.tegelijk.api.Replan;

/**
 * What a replan changed, for people: every track that moved, for whom (pseudonymous ids), from where to where, by how
 * many weeks and why, as a Markdown table and as CSV. Stateless.
 */
final class ReplanDiff {

    private ReplanDiff() {
    }

    /** How many moves had each reason, in the reasons' order. */
    static Map<PlanMove.Reason, Integer> countByReason(Replan replan) {
        Map<PlanMove.Reason, Integer> counts = new TreeMap<>();
        replan.moves().forEach(m -> counts.merge(m.reason(), 1, Integer::sum));
        return counts;
    }

    /**
     * The weeks a track moved: later is positive; empty when it was planned or dropped, not moved, or when it ran and
     * was left early (a new start is not a move of the run that ended).
     */
    static Optional<Integer> weeksMoved(PlanMove move) {
        return move.from().isPresent() && move.to().isPresent() && move.ranThroughWeek().isEmpty()
                ? Optional.of(move.to().get().startWeek() - move.from().get().startWeek()) : Optional.empty();
    }

    /** One line per move: subject, track, from, to, weeks, reason. */
    static List<String> markdown(Replan replan, String asOf, boolean english) {
        List<String> lines = new ArrayList<>();
        lines.add(english ? "# Replan as of " + asOf + " (week " + replan.asOfWeek() + ")"
                : "# Herplanning per " + asOf + " (week " + replan.asOfWeek() + ")");
        lines.add("");
        lines.add(english ? replan.moves().size() + " tracks changed; started activities are never moved."
                : replan.moves().size() + " trajecten veranderd; gestarte activiteiten verschuiven nooit.");
        lines.add("");
        lines.add(english ? "| subject | track | from | to | weeks | why |" : "| wie | traject | van | naar | weken | waarom |");
        lines.add("|---|---|---|---|---:|---|");
        for (PlanMove m : replan.moves()) {
            String from = slot(m.from()) + m.ranThroughWeek().map(w -> "–" + w).orElse("");
            lines.add("| " + m.subjectId() + " | " + m.track() + " | " + from + " | " + slot(m.to()) + " | "
                    + weeksMoved(m).map(ReplanDiff::signed).orElse(m.ranThroughWeek().isPresent()
                            ? (english ? "left early" : "voortijdig gestopt") : m.to().isEmpty()
                            ? (english ? "dropped" : "vervallen") : (english ? "new" : "nieuw"))
                    + " | " + m.reason() + ": " + why(m.reason(), english) + " |");
        }
        return lines;
    }

    /** The moves as CSV with a header. */
    static String csv(Replan replan) {
        StringBuilder out = new StringBuilder("subject,track,from_resource,from_week,to_resource,to_week,weeks_moved,"
                + "reason,from_ran_through_week\n");
        for (PlanMove m : replan.moves()) {
            out.append(m.subjectId()).append(',').append(m.track()).append(',')
                    .append(m.from().map(PlanMove.Slot::resourceId).orElse("")).append(',')
                    .append(m.from().map(s -> String.valueOf(s.startWeek())).orElse("")).append(',')
                    .append(m.to().map(PlanMove.Slot::resourceId).orElse("")).append(',')
                    .append(m.to().map(s -> String.valueOf(s.startWeek())).orElse("")).append(',')
                    .append(weeksMoved(m).map(String::valueOf).orElse("")).append(',')
                    .append(m.reason()).append(',')
                    .append(m.ranThroughWeek().map(String::valueOf).orElse("")).append('\n');
        }
        return out.toString();
    }

    /** The reason in words. */
    static String why(PlanMove.Reason reason, boolean english) {
        return switch (reason) {
            case ACTUAL_START_RECORDED -> english ? "the case system recorded its actual start"
                    : "de werkelijke start is geregistreerd";
            case START_MISSED -> english ? "its start in the past week did not happen"
                    : "de start in de afgelopen week ging niet door";
            case LEFT_EARLY -> english ? "the person left the activity before its end"
                    : "de persoon is voortijdig gestopt";
            case RESOURCE_WITHDRAWN -> english ? "its dwelling, course or placement was withdrawn"
                    : "de woning, cursus of plek is vervallen";
            case SUBJECT_LEFT -> english ? "the person or household left" : "de persoon of het huishouden is vertrokken";
            case SUBJECT_CHANGED -> english ? "the person's or household's situation changed and was re-assessed"
                    : "de situatie van de persoon of het huishouden is veranderd en opnieuw beoordeeld";
            case REOPTIMISED -> english ? "moved for a better plan as a whole" : "verschoven voor een beter totaalplan";
        };
    }

    private static String slot(Optional<PlanMove.Slot> slot) {
        return slot.map(s -> s.resourceId() + " wk " + s.startWeek()).orElse("-");
    }

    private static String signed(int weeks) {
        return weeks > 0 ? "+" + weeks : String.valueOf(weeks);
    }
}
