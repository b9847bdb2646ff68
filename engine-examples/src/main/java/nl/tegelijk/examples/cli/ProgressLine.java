package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import nl.tegelijk.planning.PlanProgress;

/** A live line on the terminal while solving: elapsed time, best score, persons with all tracks started. */
final class ProgressLine {

    private final PrintWriter out;
    private String last = "";

    ProgressLine(PrintWriter out) {
        this.out = out;
    }

    synchronized void update(PlanProgress p) {
        last = String.format("  %6.1f s  best %s  %d of %d persons with every track planned",
                p.elapsedMillis() / 1000.0, p.bestScore().asText(), p.personsFullyPlanned(),
                p.personsWithRequiredTracks());
        out.print("\r" + last);
        out.flush();
    }

    synchronized void finish() {
        if (!last.isEmpty()) {
            out.println();
        }
    }
}
