package nl.tegelijk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.HousingQuota;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulated quarter of weekly replans: a council report per half-year, the replan time per week, a valid state. */
class SimulateCommandTest {

    @TempDir
    Path dir;

    @Test
    void weeksOfReplansWriteACouncilReportPerHalfYearAndTheReplanTimePerWeek() throws IOException {
        // zaanstad-2016 starts on 2016-04-04: week 12 is the last as-of week of 2016-H1, week 14 ends the run.
        CommandRun run = CommandRun.of("simulate", "zaanstad-2016", "--persons", "40", "--weeks", "14", "--moves",
                "2000", "--replan-moves", "300", "--seed", "3", "--out-dir", dir.toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).containsPattern("Replan time per week over 14 weeks: median \\d+ ms, max \\d+ ms")
                .contains("week  14 (2016-07-11)");
        assertThat(dir.resolve("report-2016-H1.md")).isRegularFile();
        assertThat(dir.resolve("report-2016-H2.md")).isRegularFile();
        assertThat(dir.resolve("report-2016-H2.html")).isRegularFile();
        // The baselines beside a replanned plan are planned on the same state but have no past: the report says so.
        assertThat(dir.resolve("report-2016-H1.md")).content().contains("replanned week by week up to 2016-06-27")
                .contains("The baselines are planned on the same state");
        assertThat(dir.resolve("report.md")).content().contains("replanned week by week up to 2016-07-11");
        List<String> csv = Files.readAllLines(dir.resolve("replans.csv"));
        assertThat(csv).hasSize(15);
        assertThat(csv.get(0)).isEqualTo("week,as_of,changes,persons,replan_ms,moves,violations,"
                + "taken_out_for_hard_rules");
        assertThat(csv.subList(1, 15)).allSatisfy(line -> assertThat(line.split(",")[6]).isEqualTo("0"));
        PlanState last = TegelijkJson.reader().forType(PlanState.class).readValue(dir.resolve("state.json").toFile());
        assertThat(last.scenario().persons().size()).isNotEqualTo(40);
    }

    @Test
    void aScenarioTheGeneratorDidNotDrawIsOneClearLine() {
        CommandRun run = CommandRun.of("simulate", "tutorial", "--weeks", "2");

        assertThat(run.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("simulate needs a built-in scenario drawn by the generator");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndHalfYearsFollowTheCalendar() {
        assertThat(SimulateCommand.timing(List.of(40L, 10L, 20L, 30L)))
                .isEqualTo("Replan time per week over 4 weeks: median 25 ms, max 40 ms, min 10 ms");
        assertThat(HousingQuota.labelOf(LocalDate.of(2016, 6, 30))).isEqualTo("2016-H1");
        assertThat(HousingQuota.labelOf(LocalDate.of(2016, 7, 1))).isEqualTo("2016-H2");
    }
}
