package nl.tegelijk.api;

import static nl.tegelijk.api.ReplanFixture.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.TrackPlacement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Replans that match what happened: case systems report on Monday what happened last week, so a change may carry a
 * date in the past week, and the past week's planned starts are corrected by the reports. Every replan here passes
 * the independent validator, the replan check included.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RealWeeksTest {

    private static final PlanOptions OPTIONS = PlanOptions.moves(3_000, 7);
    private static IntegrationEngine engine;
    private static PlanState state;

    @BeforeAll
    static void planOnce() {
        engine = IntegrationEngine.builder().assessor(new TableAssessor()).planOptions(OPTIONS).build();
        Scenario scenario = ReplanFixture.scenario();
        List<Assessment> assessments = engine.assess(scenario);
        state = new PlanState(scenario, assessments, engine.plan(scenario, assessments));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static Plan plan() {
        return state.plan();
    }

    private static TrackPlacement firstTrack(TrackKind kind, int fromWeek) {
        return plan().tracks().stream().filter(t -> t.track() == kind && t.startWeek() >= fromWeek)
                .min(java.util.Comparator.comparingInt(TrackPlacement::startWeek)).orElseThrow();
    }

    private static Replan replanValidly(List<Change> changes, int asOfWeek) {
        Replan replan = engine.replan(state, changes, monday(asOfWeek), OPTIONS);
        assertThat(engine.validate(state, replan)).isEmpty();
        return replan;
    }

    private static Optional<TrackPlacement> option(Plan plan, TrackPlacement like) {
        return plan.tracks().stream().filter(t -> t.personId().equals(like.personId()) && t.track() == like.track()
                && t.ruleId().equals(like.ruleId())).findFirst();
    }

    @Test
    void withoutReportsEveryStartOfThePastWeekStandsAsPlanned() {
        TrackPlacement t = firstTrack(TrackKind.LANGUAGE, 0);

        Replan replan = replanValidly(List.of(), t.startWeek() + 1);

        assertThat(option(replan.state().plan(), t)).contains(t);
    }

    @Test
    void aCourseThatStartedBeforeItsOptionMovedLaterIsNotABrokenRule() {
        // c1 is not linked yet: its course opens on the plan start; the link recorded later moves the option to it
        PlanState before = planWithC1NotLinked();
        TrackPlacement course = before.plan().tracks().stream()
                .filter(t -> t.personId().equals("c1") && t.track() == TrackKind.LANGUAGE).findFirst().orElseThrow();
        int asOfWeek = course.startWeek() + 1;

        Replan replan = engine.replan(before, List.of(new Change.LinkedToMunicipality("c1",
                monday(course.startWeek()).plusDays(2))), monday(asOfWeek), OPTIONS);

        assertThat(replan.state().assessments().stream().filter(a -> a.personId().equals("c1")).findFirst()
                .orElseThrow().track(TrackKind.LANGUAGE).orElseThrow().earliestStart())
                .as("the option now opens after the course started").isAfter(monday(course.startWeek()));
        assertThat(option(replan.state().plan(), course)).contains(course);
        assertThat(engine.validate(before, replan)).isEmpty();
    }

    @Test
    void aStartRecordedInTheAsOfWeekBeforeItsOptionMovedLaterIsNotABrokenRule() {
        // As above, but the course starts on the Monday of the as-of week, and the link two days later moves the option
        PlanState before = planWithC1NotLinked();
        TrackPlacement course = before.plan().tracks().stream()
                .filter(t -> t.personId().equals("c1") && t.track() == TrackKind.LANGUAGE).findFirst().orElseThrow();
        int asOfWeek = course.startWeek();

        Replan replan = engine.replan(before, List.of(
                new Change.ActualStartRecorded("c1", TrackKind.LANGUAGE, course.resourceId(), monday(asOfWeek)),
                new Change.LinkedToMunicipality("c1", monday(asOfWeek).plusDays(2))), monday(asOfWeek), OPTIONS);

        assertThat(option(replan.state().plan(), course)).contains(course);
        assertThat(engine.validate(before, replan)).isEmpty();
    }

    /** The plan of the scenario with c1 not linked yet: c1's course opens on the plan start. */
    private PlanState planWithC1NotLinked() {
        Scenario unlinked = state.scenario().toBuilder().persons(state.scenario().persons().stream()
                .map(p -> p.id().equals("c1") ? p.toBuilder().linkedToMunicipalityDate(Optional.empty()).build() : p)
                .toList()).build();
        List<Assessment> assessments = engine.assess(unlinked);
        return new PlanState(unlinked, assessments, engine.plan(unlinked, assessments));
    }

    @Test
    void aStartPlannedInThePastWeekThatDidNotHappenIsPlannedAgainFromTheAsOfWeek() {
        TrackPlacement t = firstTrack(TrackKind.LANGUAGE, 0);
        int asOfWeek = t.startWeek() + 1;

        Replan replan = replanValidly(List.of(new Change.StartMissed(t.personId(), t.track(), t.resourceId(),
                monday(asOfWeek).minusDays(3))), asOfWeek);

        Optional<TrackPlacement> again = option(replan.state().plan(), t);
        assertThat(again).isPresent().get().satisfies(a -> assertThat(a.startWeek()).isGreaterThanOrEqualTo(asOfWeek));
        assertThat(replan.moves()).anySatisfy(m -> {
            assertThat(m.subjectId()).isEqualTo(t.personId());
            assertThat(m.from()).contains(new PlanMove.Slot(t.resourceId(), t.startWeek()));
            assertThat(m.reason()).isEqualTo(PlanMove.Reason.START_MISSED);
        });
    }

    @Test
    void aStartThatHappenedLateIsPinnedInTheWeekItHappened() {
        TrackPlacement t = firstTrack(TrackKind.LANGUAGE, 0);
        int asOfWeek = t.startWeek() + 1;

        Replan replan = replanValidly(List.of(new Change.ActualStartRecorded(t.personId(), t.track(), t.resourceId(),
                monday(asOfWeek).plusDays(1))), asOfWeek);

        assertThat(option(replan.state().plan(), t)).get().satisfies(a -> {
            assertThat(a.startWeek()).isEqualTo(asOfWeek);
            assertThat(a.resourceId()).isEqualTo(t.resourceId());
        });
        assertThat(replan.moves()).anySatisfy(m -> {
            assertThat(m.subjectId()).isEqualTo(t.personId());
            assertThat(m.reason()).isEqualTo(PlanMove.Reason.ACTUAL_START_RECORDED);
        });
    }

    @Test
    void aMoveInThatDidNotHappenIsPlannedAgainAndOneThatHappenedLateIsPinnedWhenItHappened() {
        HousingPlacement h = plan().housing().stream().filter(x -> x.moveInWeek() >= 1)
                .min(java.util.Comparator.comparingInt(HousingPlacement::moveInWeek)).orElseThrow();
        int asOfWeek = h.moveInWeek() + 1;

        Replan missed = replanValidly(List.of(new Change.StartMissed(h.householdId(), TrackKind.HOUSING,
                h.dwellingId(), monday(asOfWeek).minusDays(2))), asOfWeek);
        Replan late = replanValidly(List.of(new Change.ActualStartRecorded(h.householdId(), TrackKind.HOUSING,
                h.dwellingId(), monday(asOfWeek).plusDays(2))), asOfWeek);

        assertThat(missed.state().plan().housing()).filteredOn(x -> x.householdId().equals(h.householdId()))
                .allSatisfy(x -> assertThat(x.moveInWeek()).isGreaterThanOrEqualTo(asOfWeek));
        assertThat(missed.moves()).anySatisfy(m -> {
            assertThat(m.subjectId()).isEqualTo(h.householdId());
            assertThat(m.reason()).isEqualTo(PlanMove.Reason.START_MISSED);
        });
        assertThat(late.state().plan().housing()).filteredOn(x -> x.householdId().equals(h.householdId()))
                .singleElement().satisfies(x -> {
                    assertThat(x.dwellingId()).isEqualTo(h.dwellingId());
                    assertThat(x.moveInWeek()).isEqualTo(asOfWeek);
                });
    }

    @Test
    void aStartInThePastWeekElsewhereThanPlannedStandsWhereItHappened() {
        // A learner whose other course group has a seat free in the week of the start.
        TrackPlacement t = plan().tracks().stream().filter(x -> x.track() == TrackKind.LANGUAGE)
                .filter(x -> learners(otherCourse(x), x.startWeek()) < seats(otherCourse(x))).findFirst()
                .orElseThrow();
        int asOfWeek = t.startWeek() + 1;
        String other = otherCourse(t);

        Replan replan = replanValidly(List.of(new Change.ActualStartRecorded(t.personId(), t.track(), other,
                monday(asOfWeek).minusDays(4))), asOfWeek);

        assertThat(option(replan.state().plan(), t)).get().satisfies(a -> {
            assertThat(a.startWeek()).isEqualTo(t.startWeek());
            assertThat(a.resourceId()).isEqualTo(other);
        });
    }

    private static String otherCourse(TrackPlacement t) {
        return "b1course".equals(t.resourceId()) ? "b1second" : "b1course";
    }

    private static long learners(String course, int week) {
        return plan().tracks().stream().filter(x -> x.resourceId().equals(course) && x.startWeek() <= week
                && x.endWeek() > week).count();
    }

    private static int seats(String course) {
        return state.scenario().courseGroups().stream().filter(c -> c.id().equals(course)).findFirst().orElseThrow()
                .seats().orElseThrow();
    }

    @Test
    void aCourseLeftEarlyIsOverAndTheTrackIsPlannedAgainFromTheAsOfWeek() {
        TrackPlacement t = firstTrack(TrackKind.LANGUAGE, 0);
        int asOfWeek = t.startWeek() + 3;

        Replan replan = replanValidly(List.of(new Change.LeftEarly(t.personId(), t.track(), t.resourceId(),
                monday(asOfWeek).minusDays(2))), asOfWeek);

        assertThat(replan.state().plan().tracks()).doesNotContain(t);
        assertThat(option(replan.state().plan(), t)).isPresent().get()
                .satisfies(a -> assertThat(a.startWeek()).isGreaterThanOrEqualTo(asOfWeek));
        // The move shows the run that ended: from its start week through the week the person left (a Saturday).
        assertThat(replan.moves()).filteredOn(m -> m.reason() == PlanMove.Reason.LEFT_EARLY).singleElement()
                .satisfies(m -> {
                    assertThat(m.subjectId()).isEqualTo(t.personId());
                    assertThat(m.from()).contains(new PlanMove.Slot(t.resourceId(), t.startWeek()));
                    assertThat(m.ranThroughWeek()).contains(asOfWeek - 1);
                });
        assertThat(replan.moves()).filteredOn(m -> m.reason() != PlanMove.Reason.LEFT_EARLY)
                .allSatisfy(m -> assertThat(m.ranThroughWeek()).isEmpty());
        // The plan keeps the shortened run, and so does the next week's replan.
        TrackPlacement shortened = new TrackPlacement(t.personId(), t.track(), t.resourceId(), t.startWeek(),
                t.startDate(), asOfWeek, t.hoursPerWeek(), t.ruleId());
        assertThat(replan.state().plan().ended()).containsExactly(shortened);
        assertThat(engine.replan(replan.state(), List.of(), monday(asOfWeek + 1), OPTIONS).state().plan().ended())
                .containsExactly(shortened);
    }

    @Test
    void aPlacementThatEndsWhilePersonsWorkThereEndsTheirWorkAndTheyArePlannedAgain() {
        TrackPlacement t = firstTrack(TrackKind.WORK, 0);
        int asOfWeek = t.startWeek() + 2;

        Replan replan = replanValidly(List.of(new Change.PlacementEnded(t.resourceId(),
                monday(asOfWeek).minusDays(1))), asOfWeek);

        assertThat(replan.state().scenario().placements()).noneMatch(p -> p.id().equals(t.resourceId()));
        assertThat(replan.state().plan().tracks()).noneMatch(x -> x.resourceId().equals(t.resourceId()));
        assertThat(replan.state().plan().ended()).filteredOn(x -> x.personId().equals(t.personId()))
                .singleElement().satisfies(x -> {
                    assertThat(x.startWeek()).isEqualTo(t.startWeek());
                    assertThat(x.endWeek()).isEqualTo(asOfWeek);
                });
        assertThat(replan.state().plan().unplanned()).anySatisfy(u -> {
            assertThat(u.subjectId()).isEqualTo(t.personId());
            assertThat(u.track()).isEqualTo(TrackKind.WORK);
        });
        assertThat(replan.moves()).anySatisfy(m -> {
            assertThat(m.subjectId()).isEqualTo(t.personId());
            assertThat(m.reason()).isEqualTo(PlanMove.Reason.RESOURCE_WITHDRAWN);
        });
    }

    @Test
    void aHouseholdThatGrowsInItsDwellingGetsANewHousingNeedNotARejectedPlan() {
        HousingPlacement h = plan().housing().stream().min(java.util.Comparator.comparingInt(
                HousingPlacement::moveInWeek)).orElseThrow();
        Dwelling d = state.scenario().dwellings().stream().filter(x -> x.id().equals(h.dwellingId())).findFirst()
                .orElseThrow();
        int asOfWeek = h.moveInWeek() + 2;
        int arrivals = d.maxOccupants() - h.memberIds().size() + 1;
        List<Change> born = java.util.stream.IntStream.range(0, arrivals).<Change>mapToObj(i -> new Change.PersonArrives(
                ReplanFixture.permitHolder("g" + i, h.householdId(), CefrLevel.NONE), Optional.empty(), List.of(),
                monday(asOfWeek).minusDays(2))).toList();

        Replan replan = replanValidly(born, asOfWeek);

        Plan next = replan.state().plan();
        assertThat(next.housing()).noneMatch(x -> x.householdId().equals(h.householdId())
                && x.dwellingId().equals(h.dwellingId()));
        assertThat(next.housing().stream().filter(x -> x.householdId().equals(h.householdId())))
                .allSatisfy(x -> assertThat(x.moveInWeek()).isGreaterThanOrEqualTo(asOfWeek));
        assertThat(replan.moves()).anySatisfy(m -> {
            assertThat(m.subjectId()).isEqualTo(h.householdId());
            assertThat(m.track()).isEqualTo(TrackKind.HOUSING);
            assertThat(m.reason()).isEqualTo(PlanMove.Reason.SUBJECT_CHANGED);
        });
    }

    @Test
    void aReportOlderThanThePastWeekOrOfAStartThatWasNotPlannedIsRejected() {
        TrackPlacement t = firstTrack(TrackKind.LANGUAGE, 0);
        int asOfWeek = t.startWeek() + 2;

        assertThatThrownBy(() -> engine.replan(state, List.of(
                new Change.StartMissed(t.personId(), t.track(), t.resourceId(), monday(asOfWeek).minusDays(3)),
                new Change.LeftEarly(t.personId(), t.track(), t.resourceId(), monday(asOfWeek).minusDays(8))),
                monday(asOfWeek), OPTIONS))
                .isInstanceOfSatisfying(InvalidChangeException.class, e -> assertThat(e.problems())
                        .extracting(ChangeProblem::index, ChangeProblem::field).containsExactly(
                                org.assertj.core.groups.Tuple.tuple(0, "resourceId"),
                                org.assertj.core.groups.Tuple.tuple(1, "date")));
    }
}
