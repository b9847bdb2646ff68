package nl.tegelijk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.api.Change;
import nl.tegelijk.api.ChangeWriter;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weekly replan from the command line, end to end on a small generated scenario: {@code run} writes a state that
 * {@code replan} reads, and {@code replan} writes the new plan, state, outputs and what moved, for whom and why.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReplanCommandTest {

    @TempDir
    static Path dir;
    private static Path planDir;
    private static PlanState first;

    @BeforeAll
    static void generateAndRun() throws IOException {
        Path scenario = dir.resolve("small.json");
        CommandRun generated = CommandRun.of("generate", "--persons", "40", "--seed", "11", "--out",
                scenario.toString());
        assertThat(generated.exitCode()).as(generated.all()).isZero();
        planDir = dir.resolve("out");
        CommandRun run = CommandRun.of("run", scenario.toString(), "--moves", "3000", "--seed", "1", "--out-dir",
                planDir.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        first = TegelijkJson.reader().forType(PlanState.class).readValue(planDir.resolve("state.json").toFile());
    }

    @Test
    void runWritesAStateThatHoldsItsScenarioAssessmentsAndPlan() throws IOException {
        assertThat(first.plan()).isEqualTo(TegelijkJson.reader().forType(nl.tegelijk.planning.Plan.class)
                .readValue(planDir.resolve("plan.json").toFile()));
        assertThat(first.scenario().persons()).hasSize(40);
    }

    @Test
    void aWeeksReplanWritesTheNewStateAndADiffNamingWhoMovedByHowManyWeeksAndWhy() throws IOException {
        LocalDate asOf = first.scenario().planStart().plusWeeks(2);
        TrackPlacement leaverTrack = first.plan().tracks().stream().filter(t -> t.startWeek() >= 2).findFirst()
                .orElseThrow();
        String leaver = leaverTrack.personId();
        Path changes = dir.resolve("week-2.json");
        ChangeWriter.write(List.of(new Change.PersonLeaves(leaver, Change.LeaveReason.MOVED_AWAY, asOf.plusDays(1))),
                changes);

        CommandRun replan = CommandRun.of("replan", planDir.toString(), changes.toString(), "--as-of",
                asOf.toString(), "--moves", "2000", "--seed", "1", "--lang", "en");

        assertThat(replan.exitCode()).as(replan.all()).isZero();
        assertThat(replan.out()).contains("no started activity moved").contains("SUBJECT_LEFT");
        Path out = planDir.resolve("replan-" + asOf);
        assertThat(Set.of("state.json", "plan.json", "scenario.json", "assessments.json", "plan.csv", "summary.txt",
                "plan.html", "report.md", "report.html", "diff.md", "diff.csv", "changes.json"))
                .allSatisfy(file -> assertThat(out.resolve(file)).isRegularFile());
        PlanState next = TegelijkJson.reader().forType(PlanState.class).readValue(out.resolve("state.json").toFile());
        assertThat(next.scenario().persons()).noneMatch(p -> p.id().equals(leaver)).hasSize(39);
        List<String> diff = Files.readAllLines(out.resolve("diff.csv"));
        assertThat(diff.get(0)).isEqualTo("subject,track,from_resource,from_week,to_resource,to_week,weeks_moved,"
                + "reason,from_ran_through_week");
        assertThat(diff).contains(leaver + "," + leaverTrack.track() + "," + leaverTrack.resourceId() + ","
                + leaverTrack.startWeek() + ",,,,SUBJECT_LEFT,");
        assertThat(diff.stream().skip(1).map(line -> line.split(",", -1)))
                .allSatisfy(cells -> assertThat(cells[6].isEmpty() ? 0
                        : Integer.parseInt(cells[5]) - Integer.parseInt(cells[3]))
                        .isEqualTo(cells[6].isEmpty() ? 0 : Integer.parseInt(cells[6])));
        assertThat(Files.readString(out.resolve("diff.md"))).contains("| " + leaver + " | ")
                .contains("the person or household left");

        CommandRun nextWeek = CommandRun.of("replan", out.toString(), writeEmpty("week-3.json").toString(),
                "--as-of", asOf.plusWeeks(1).toString(), "--moves", "1000");
        assertThat(nextWeek.exitCode()).as(nextWeek.all()).isZero();
        assertThat(planDir.resolve("replan-" + asOf.plusWeeks(1)).resolve("state.json")).isRegularFile();
    }

    @Test
    void anActivityLeftEarlyShowsInTheDiffAsTheShortenedRunItWasNotAsAMove() throws IOException {
        LocalDate asOf = first.scenario().planStart().plusWeeks(4);
        TrackPlacement left = first.plan().tracks().stream().filter(t -> t.startWeek() <= 2 && t.endWeek() > 4)
                .findFirst().orElseThrow();
        Path changes = dir.resolve("left-early.json");
        // Left on the Friday of week 3.
        ChangeWriter.write(List.of(new Change.LeftEarly(left.personId(), left.track(), left.resourceId(),
                asOf.minusDays(3))), changes);
        Path out = dir.resolve("left-early");

        CommandRun replan = CommandRun.of("replan", planDir.toString(), changes.toString(), "--as-of",
                asOf.toString(), "--moves", "2000", "--seed", "1", "--lang", "en", "--out-dir", out.toString());

        assertThat(replan.exitCode()).as(replan.all()).isZero();
        assertThat(Files.readAllLines(out.resolve("diff.csv"))).anySatisfy(line -> assertThat(line)
                .startsWith(left.personId() + "," + left.track() + "," + left.resourceId() + "," + left.startWeek()
                        + ",").endsWith(",,LEFT_EARLY,3"));
        assertThat(Files.readString(out.resolve("diff.md"))).contains("| " + left.personId() + " | " + left.track()
                + " | " + left.resourceId() + " wk " + left.startWeek() + "–3 | ").contains("| left early | LEFT_EARLY");
    }

    @Test
    void aChangeThatDoesNotFitTheStateIsOneClearErrorNamingTheChangeAndNothingIsWritten() throws IOException {
        LocalDate asOf = first.scenario().planStart().plusWeeks(3);
        Path changes = dir.resolve("stranger.json");
        ChangeWriter.write(List.of(new Change.LinkedToMunicipality("P-nobody", asOf)), changes);
        Path out = dir.resolve("never");

        CommandRun replan = CommandRun.of("replan", planDir.resolve("state.json").toString(), changes.toString(),
                "--as-of", asOf.toString(), "--moves", "500", "--out-dir", out.toString());

        assertThat(replan.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(replan.err()).contains("change 0 (LinkedToMunicipality) personId: person P-nobody is not in the "
                + "scenario").contains("nothing was replanned");
        assertThat(out).doesNotExist();
    }

    @Test
    void aReplanThatTheValidatorRejectsIsANonZeroExitAndNothingIsWritten() throws IOException {
        // A state whose past breaks a hard rule (two households moved into one dwelling): the pinned past cannot
        // be repaired, so the replan breaks it too.
        List<HousingPlacement> housed = first.plan().housing().stream()
                .sorted(java.util.Comparator.comparingInt(HousingPlacement::moveInWeek)).limit(2).toList();
        HousingPlacement a = housed.get(0);
        HousingPlacement b = housed.get(1);
        List<HousingPlacement> housing = new java.util.ArrayList<>(first.plan().housing());
        housing.set(housing.indexOf(b), new HousingPlacement(b.householdId(), b.memberIds(), a.dwellingId(),
                b.moveInWeek(), b.moveInDate()));
        Plan broken = new Plan(first.plan().scenarioName(), first.plan().planStart(), first.plan().horizonWeeks(),
                first.plan().method(), housing, first.plan().tracks(), first.plan().unplanned(), first.plan().score(),
                first.plan().explanation(), List.of());
        Path state = dir.resolve("broken-state.json");
        Files.writeString(state, TegelijkJson.writer().writeValueAsString(new PlanState(first.scenario(),
                first.assessments(), broken)));
        Path out = dir.resolve("not-written");

        CommandRun replan = CommandRun.of("replan", state.toString(), writeEmpty("none.json").toString(), "--as-of",
                first.scenario().planStart().plusWeeks(b.moveInWeek() + 1).toString(), "--moves", "500",
                "--out-dir", out.toString());

        assertThat(replan.exitCode()).as(replan.all()).isEqualTo(TegelijkCommand.EXIT_INVALID_PLAN);
        assertThat(replan.err()).contains("VIOLATION").contains("nothing was written");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMalformedChangeFileNamesTheChangeKindAndPath() throws IOException {
        Path changes = dir.resolve("broken.json");
        Files.writeString(changes, "{\"format\": \"tegelijk-changes/1\", \"changes\": [{\"type\": \"PlacementEnded\", "
                + "\"date\": \"2016-09-05\"}]}");

        CommandRun replan = CommandRun.of("replan", planDir.toString(), changes.toString(), "--as-of",
                first.scenario().planStart().plusWeeks(1).toString());

        assertThat(replan.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(replan.err()).contains("MISSING_FIELD PlacementEnded at $.changes[0].placementId");
    }

    @Test
    void anAsOfDateThatIsNoMondayIsOneClearLine() throws IOException {
        CommandRun replan = CommandRun.of("replan", planDir.toString(), writeEmpty("empty.json").toString(),
                "--as-of", first.scenario().planStart().plusDays(9).toString());

        assertThat(replan.exitCode()).isEqualTo(TegelijkCommand.EXIT_INVALID_INPUT);
        assertThat(replan.err().strip()).startsWith("tegelijk: asOf").contains("must be a Monday");
    }

    private static Path writeEmpty(String name) throws IOException {
        Path file = dir.resolve(name);
        ChangeWriter.write(List.of(), file);
        return file;
    }

}
