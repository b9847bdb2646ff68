package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import nl.tegelijk.planning.PlanProgress;
import nl.tegelijk.planning.PlanScore;

/**
 * A live line on the terminal while solving: elapsed time, best score, persons with all tracks started. Redrawn at
 * most twice a second (a solver finds many new best solutions per second), and once more at the end.
 */
final class ProgressLine {

    private static final long REDRAW_MILLIS = 500;

    private final PrintWriter out;
    private String last = "";
    private boolean shown = true;
    private long shownAt = -REDRAW_MILLIS;

    ProgressLine(PrintWriter out) {
        this.out = out;
    }

    synchronized void update(PlanProgress p) {
        last = String.format("  %6.1f s  best %s  %d of %d persons with every track planned",
                p.elapsedMillis() / 1000.0, p.bestScore().asText(), p.personsFullyPlanned(),
                p.personsWithRequiredTracks());
        shown = p.elapsedMillis() - shownAt >= REDRAW_MILLIS;
        if (shown) {
            shownAt = p.elapsedMillis();
            out.print("\r" + last);
            out.flush();
        }
    }

    synchronized void finish() {
        finish(null);
    }

    /**
     * Ends the line on the last best score reported; when the solver reported none (a limit that ended solving before
     * the first new best plan), on {@code finalScore}, the score of the plan returned.
     */
    synchronized void finish(PlanScore finalScore) {
        if (last.isEmpty() && finalScore != null) {
            last = "  best " + finalScore.asText();
            shown = false;
        }
        if (!shown) {
            out.print("\r" + last);
        }
        if (!last.isEmpty()) {
            out.println();
        }
    }
}
