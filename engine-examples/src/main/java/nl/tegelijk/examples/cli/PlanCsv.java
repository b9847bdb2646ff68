package nl.tegelijk.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;

/**
 * The plan as CSV, one row per person and track (housing per member), for a spreadsheet; activities that ended early
 * (a replan's) as they ran.
 */
final class PlanCsv {

    private PlanCsv() {
    }

    static String render(Plan plan) {
        List<String[]> rows = new ArrayList<>();
        plan.housing().forEach(h -> h.memberIds().forEach(m -> rows.add(new String[] {
                m, "HOUSING", h.dwellingId(), String.valueOf(h.moveInWeek()), h.moveInDate().toString(), "", "",
                "planned", "", h.householdId()})));
        plan.tracks().forEach(t -> rows.add(row(t, "planned")));
        plan.ended().forEach(t -> rows.add(row(t, "ended early")));
        plan.unplanned().forEach(u -> rows.add(new String[] {
                u.subjectId(), u.track().name(), "", "", "", "", "", u.required() ? "unplanned" : "unplanned (voluntary)",
                u.reason().name(), ""}));
        rows.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]));
        StringBuilder csv = new StringBuilder(
                "subject,track,resource,start_week,start_date,end_week,hours_per_week,status,reason,household\n");
        for (String[] r : rows) {
            csv.append(String.join(",", r)).append('\n');
        }
        return csv.toString();
    }

    private static String[] row(TrackPlacement t, String status) {
        return new String[] {t.personId(), t.track().name(), t.resourceId(), String.valueOf(t.startWeek()),
                t.startDate().toString(), String.valueOf(t.endWeek()), String.valueOf(t.hoursPerWeek()), status, "", ""};
    }
}
