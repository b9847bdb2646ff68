package nl.tegelijk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.tegelijk.planning.PlanProgress;
import nl.tegelijk.planning.PlanScore;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    private static PlanProgress at(long millis, long soft) {
        return new PlanProgress(millis, new PlanScore(0, 0, soft, true), 9, 10);
    }

    @Test
    void redrawsAtMostTwiceASecondAndEndsWithTheLastBestScore() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text));
        for (int i = 0; i < 100; i++) {
            line.update(at(i * 10L, -1000 + i));
        }
        line.finish();

        String out = text.toString();
        assertThat(out.split("\r", -1)).hasSize(1 + 2 + 1); // drawn at 0 and 500 ms, then the last (990 ms) at the end
        assertThat(out).endsWith("best 0hard/0medium/-901soft  9 of 10 persons with every track planned"
                + System.lineSeparator());
    }

    @Test
    void endsOnTheReturnedPlansScoreWhenNoBestScoreWasReported() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text));
        line.finish(new PlanScore(0, -3, -42, true));

        assertThat(text.toString()).isEqualTo("\r  best 0hard/-3medium/-42soft" + System.lineSeparator());
    }

    @Test
    void keepsTheLastReportedBestScoreOverTheReturnedPlansScore() {
        StringWriter text = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(text));
        line.update(at(0, -7));
        line.finish(new PlanScore(0, 0, -7, true));

        assertThat(text.toString()).endsWith("best 0hard/0medium/-7soft  9 of 10 persons with every track planned"
                + System.lineSeparator()).doesNotContain("\r  best");
    }
}
