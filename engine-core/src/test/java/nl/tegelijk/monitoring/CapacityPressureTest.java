package nl.tegelijk.monitoring;

import static nl.tegelijk.planning.support.TestData.START;
import static nl.tegelijk.planning.support.TestData.adult;
import static nl.tegelijk.planning.support.TestData.assessment;
import static nl.tegelijk.planning.support.TestData.course;
import static nl.tegelijk.planning.support.TestData.dwelling;
import static nl.tegelijk.planning.support.TestData.household;
import static nl.tegelijk.planning.support.TestData.housing;
import static nl.tegelijk.planning.support.TestData.language;
import static nl.tegelijk.planning.support.TestData.scenario;
import static nl.tegelijk.planning.support.TestData.uncappedPlacement;
import static nl.tegelijk.planning.support.TestData.week;
import static nl.tegelijk.planning.support.TestData.work;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanScore;
import nl.tegelijk.planning.ScoreExplanation;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedReason;
import nl.tegelijk.planning.UnplannedTrack;
import org.junit.jupiter.api.Test;

/**
 * Person-weeks waiting at a full place, on a hand-made plan: household h2 (3 persons) waits weeks 0-5 while d1 is full
 * and d2 is not available yet; of the learners at the one-seat course, b1 waits weeks 0-9 with the seat taken, b2 weeks
 * 0-19 with it taken and weeks 20-24 with it free; a2 waits all along for an open offer without a cap.
 */
class CapacityPressureTest {

    private static final Scenario SCENARIO = scenario(52, List.of(household("h1"), household("h2")),
            List.of(adult("a1", "h1", CefrLevel.NONE), adult("a2", "h1", CefrLevel.NONE),
                    adult("b1", "h2", CefrLevel.NONE), adult("b2", "h2", CefrLevel.NONE),
                    adult("b3", "h2", CefrLevel.NONE)),
            List.of(dwelling("d1", 0, 3, 5), dwelling("d2", 6, 3, 5)),
            List.of(course("b1course", CourseKind.B1_ROUTE, 1, 10, 12)), List.of(),
            List.of(uncappedPlacement("volunteer", PlacementKind.VOLUNTEER_WORK, 8, 26)), List.of());

    private static final List<Assessment> ASSESSMENTS = List.of(
            assessment("a1", 32, housing(0), language(0, CourseKind.B1_ROUTE)),
            assessment("a2", 32, housing(0), work(0, PlacementKind.VOLUNTEER_WORK)),
            assessment("b1", 32, housing(0), language(0, CourseKind.B1_ROUTE)),
            assessment("b2", 32, housing(0), language(0, CourseKind.B1_ROUTE)),
            assessment("b3", 32, housing(0)));

    private static final Plan PLAN = new Plan("test", START, 52, PlanMethod.OPTIMISED,
            List.of(new HousingPlacement("h1", List.of("a1", "a2"), "d1", 0, week(0)),
                    new HousingPlacement("h2", List.of("b1", "b2", "b3"), "d2", 6, week(6))),
            List.of(new TrackPlacement("a1", TrackKind.LANGUAGE, "b1course", 0, week(0), 10, 12, "WI21-ROUTE-B1"),
                    new TrackPlacement("b1", TrackKind.LANGUAGE, "b1course", 10, week(10), 20, 12, "WI21-ROUTE-B1"),
                    new TrackPlacement("b2", TrackKind.LANGUAGE, "b1course", 25, week(25), 35, 12, "WI21-ROUTE-B1")),
            List.of(new UnplannedTrack("a2", TrackKind.WORK, false, UnplannedReason.VOLUNTARY_NOT_PLANNED, "x",
                    "WI21-MAP-01")),
            new PlanScore(0, 0, 0, true), new ScoreExplanation(List.of(), List.of()), List.of());

    private final List<CapacityPressure> pressures = CapacityPressure.of(SCENARIO, ASSESSMENTS, PLAN);

    @Test
    void aHouseholdWaitingAtAFullDwellingCountsEachMemberForEveryWeekTheDwellingIsFullAndOpen() {
        assertThat(pressures).filteredOn(p -> p.kind().equals("DWELLING_3_ROOMS")).singleElement()
                .isEqualTo(new CapacityPressure("DWELLING_3_ROOMS", TrackKind.HOUSING, 2, 6 * 3, 3, "d1"));
    }

    @Test
    void aLearnerCountsOnlyTheWeeksTheCourseIsFullNotTheWeeksItIsFree() {
        assertThat(pressures).first()
                .isEqualTo(new CapacityPressure("B1_ROUTE", TrackKind.LANGUAGE, 1, 10 + 20, 2, "b1course"));
    }

    @Test
    void anOpenOfferWithoutACapIsNeverListed() {
        assertThat(pressures).extracting(CapacityPressure::kind).containsExactly("B1_ROUTE", "DWELLING_3_ROOMS");
    }
}
