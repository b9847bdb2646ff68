package nl.tegelijk.examples.report;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.domain.WeekCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Why a person's tracks start when they do, through the facade's {@code explain}, on the planned tutorial. */
// Runs the solver: a hang fails the test instead of the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WhyNotEarlierTest {

    private static IntegrationEngine engine;
    private final PlannedScenario tutorial = PlannedScenario.tutorial();

    @BeforeAll
    static void engine() {
        engine = IntegrationEngine.builder().build();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void everyPlannedTrackIsToldWithItsPlaceStartWeekAndDate() {
        WeekCalendar calendar = new WeekCalendar(tutorial.plan().planStart(), tutorial.plan().horizonWeeks());
        for (TrackPlacement t : tutorial.plan().tracks()) {
            List<String> lines = explain(t.personId());

            assertThat(lines).anySatisfy(l -> assertThat(l).contains(t.resourceId() + ", starts week " + t.startWeek()
                    + " (" + calendar.dateOf(t.startWeek()) + ")"));
        }
    }

    @Test
    void aTrackThatStartsAfterItsEarliestWeekHasAReasonForEveryEarlierWeek() {
        List<TrackPlacement> late = tutorial.plan().tracks().stream().filter(t -> t.startWeek() > 0).toList();
        assertThat(late).isNotEmpty();
        for (TrackPlacement t : late) {
            List<String> lines = explain(t.personId());
            int at = lines.indexOf(lines.stream().filter(l -> l.contains(t.resourceId() + ", starts week"))
                    .findFirst().orElseThrow());
            String earliest = lines.get(at + 1);
            int from = Integer.parseInt(earliest.replaceAll(".*not before week (\\d+) .*", "$1"));
            if (from < t.startWeek()) {
                assertThat(lines.get(at + 2)).as(String.join("\n", lines))
                        .matches("    weeks? " + from + "(–\\d+)?: .+");
                assertThat(lines.subList(at + 2, lines.size()).stream().takeWhile(l -> l.startsWith("    "))
                        .reduce((a, b) -> b).orElseThrow()).as(String.join("\n", lines))
                        .matches("    weeks? (\\d+–)?" + (t.startWeek() - 1) + ": .+");
            }
        }
    }

    @Test
    void theDutchExplanationTellsTheSameTracksInDutch() {
        TrackPlacement t = tutorial.plan().tracks().get(0);
        PlanState state = new PlanState(tutorial.scenario(), tutorial.assessments(), tutorial.plan());

        List<String> dutch = engine.explain(state, t.personId(), Locale.forLanguageTag("nl")).whyNotEarlier();

        assertThat(dutch).hasSameSizeAs(explain(t.personId()))
                .anySatisfy(l -> assertThat(l).contains(t.resourceId() + ", start week " + t.startWeek()));
    }

    @Test
    void anUnknownPersonIsRefusedByName() {
        assertThatThrownBy(() -> explain("P-nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P-nobody");
    }

    private List<String> explain(String personId) {
        return engine.explain(new PlanState(tutorial.scenario(), tutorial.assessments(), tutorial.plan()), personId,
                Locale.ENGLISH).whyNotEarlier();
    }
}
