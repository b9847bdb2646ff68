package nl.tegelijk.api;

import static nl.tegelijk.api.ReplanFixture.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.CouncilFigures;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.PlanningJob;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.UnplannedReason;
import nl.tegelijk.planning.validation.PlanValidator;
import nl.tegelijk.scenario.InvalidScenarioException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 5, unit = TimeUnit.MINUTES)
class IntegrationEngineTest {

    private static final PlanOptions OPTIONS = PlanOptions.moves(3_000, 7);
    private static IntegrationEngine engine;
    private static Scenario scenario;
    private static List<Assessment> assessments;
    private static Plan plan;

    @BeforeAll
    static void planOnce() {
        engine = IntegrationEngine.builder().assessor(new TableAssessor()).planOptions(OPTIONS).build();
        scenario = ReplanFixture.scenario();
        assessments = engine.assess(scenario);
        plan = engine.plan(scenario, assessments);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static PlanState state() {
        return new PlanState(scenario, assessments, plan);
    }

    @Test
    void assessAndPlanGiveAPlanThatPassesTheIndependentValidator() {
        assertThat(assessments).extracting(Assessment::personId).containsExactly("a1", "a2", "b1", "s1", "c1");
        assertThat(PlanValidator.validate(scenario, assessments, plan)).isEmpty();
        assertThat(plan.housing()).extracting(HousingPlacement::householdId).contains("h1", "h2", "h4");
        assertThat(engine.monitor(state()).persons()).isEqualTo(4);
    }

    @Test
    void anInvalidScenarioIsRejectedWithItsProblems() {
        Scenario wrong = new Scenario(scenario.name(), scenario.municipality(), scenario.region(),
                scenario.planStart().plusDays(1), scenario.horizonWeeks(), scenario.notes(), scenario.locations(),
                scenario.households(), scenario.persons(), scenario.intakeReports(), scenario.dwellings(),
                scenario.courseGroups(), scenario.schoolClasses(), scenario.placements(), scenario.housingQuotas());

        assertThatThrownBy(() -> engine.assess(wrong)).isInstanceOfSatisfying(InvalidScenarioException.class,
                e -> assertThat(e.errors()).anySatisfy(p -> assertThat(p.field()).isEqualTo("$.planStart")));
        assertThatThrownBy(() -> engine.plan(wrong, assessments)).isInstanceOf(InvalidScenarioException.class);
    }

    @Test
    void explainGivesThePersonsSlotsScoreLinesAndWhyNotEarlierInDutchAndEnglish() {
        PersonExplanation a1 = engine.explain(state(), "a1", Locale.ENGLISH);
        PersonExplanation dutch = engine.explain(state(), "a1", Locale.forLanguageTag("nl"));

        assertThat(a1.housing()).map(HousingPlacement::householdId).contains("h1");
        assertThat(a1.tracks()).extracting(TrackPlacement::track).contains(TrackKind.LANGUAGE);
        assertThat(a1.tracks()).allSatisfy(t -> assertThat(t.personId()).isEqualTo("a1"));
        assertThat(a1.remarks()).isNotEmpty();
        TrackPlacement language = a1.tracks().stream().filter(t -> t.track() == TrackKind.LANGUAGE).findFirst()
                .orElseThrow();
        assertThat(a1.whyNotEarlier()).anySatisfy(l -> assertThat(l).contains(language.resourceId()
                + ", starts week " + language.startWeek()));
        assertThat(a1.whyNotEarlier()).anySatisfy(l -> assertThat(l).contains("not before week"));
        assertThat(dutch.whyNotEarlier()).hasSameSizeAs(a1.whyNotEarlier())
                .anySatisfy(l -> assertThat(l).contains("niet vóór week"));
    }

    @Test
    void explainingAPersonWhoIsNotInTheScenarioIsAnErrorNamingTheId() {
        assertThatThrownBy(() -> engine.explain(state(), "nobody", Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    }

    @Test
    void theBaselinesComeThroughTheFacadeAndPassTheIndependentValidator() {
        Plan sequential = engine.planSequential(scenario, assessments);
        Plan greedy = engine.planGreedyParallel(scenario, assessments);

        assertThat(String.valueOf(sequential.method())).isEqualTo("SEQUENTIAL");
        assertThat(String.valueOf(greedy.method())).isEqualTo("GREEDY_PARALLEL");
        assertThat(PlanValidator.validate(scenario, assessments, sequential)).isEmpty();
        assertThat(PlanValidator.validate(scenario, assessments, greedy)).isEmpty();
        assertThat(engine.monitor(new PlanState(scenario, assessments, sequential)).method())
                .isEqualTo(PlanMethod.SEQUENTIAL);
    }

    @Test
    void theCouncilReportsFiguresComeThroughTheFacadeWithTheMonitoredOnesInside() {
        CouncilFigures figures = engine.councilFigures(state());

        assertThat(figures).isEqualTo(CouncilFigures.of(scenario, assessments, plan));
        assertThat(figures.plan()).isEqualTo(engine.monitor(state()));
        assertThat(figures.plan().method()).isEqualTo(PlanMethod.OPTIMISED);
    }

    @Test
    void aSearchStoppedOnABrokenHardRuleReturnsAPlanWithoutTheTracksThatBreakIt() {
        // The courses lose seats; warm-started from the plan and stopped before its first move (0 moves), the search
        // ends on the plan's course groups, now overfilled.
        Scenario fewerSeats = scenario.toBuilder().courseGroups(scenario.courseGroups().stream()
                .map(c -> new CourseGroup(c.id(), c.kind(), c.locationId(), c.availableFrom(), c.rollingIntake(),
                        c.cohortStarts(), c.durationWeeks(), c.hoursPerWeek(), 1, c.childcare()))
                .toList()).build();
        assertThat(plan.tracks()).filteredOn(t -> t.track() == TrackKind.LANGUAGE)
                .as("two language tracks in one course at once").anySatisfy(t -> assertThat(plan.tracks())
                        .filteredOn(o -> o != t && o.resourceId().equals(t.resourceId())
                                && o.startWeek() < t.endWeek() && t.startWeek() < o.endWeek()).isNotEmpty());

        Plan cut = engine.plan(fewerSeats, assessments, PlanOptions.moves(0, 7).withWarmStartPlan(plan));

        assertThat(cut.score().hard()).isZero();
        assertThat(PlanValidator.validate(fewerSeats, assessments, cut)).isEmpty();
        assertThat(cut.unplanned()).filteredOn(u -> u.reason() == UnplannedReason.NO_FEASIBLE_SLOT_FOUND)
                .isNotEmpty().allSatisfy(u -> assertThat(u.track()).isEqualTo(TrackKind.LANGUAGE));
    }

    @Test
    void replanKeepsWhatStartedAndPlansTheNewcomerFromTheAsOfWeek() {
        LocalDate asOf = monday(8);
        Household h5 = new Household("h5", false, 1, Optional.empty());
        List<Change> changes = List.of(
                new Change.PersonArrives(ReplanFixture.permitHolder("n1", "h5", CefrLevel.A2), Optional.of(h5),
                        List.of(), asOf),
                new Change.PermitGranted("s1", PermitKind.ASYLUM_FIXED_TERM, asOf.plusDays(1)),
                new Change.LinkedToMunicipality("s1", asOf.plusDays(2)),
                new Change.DwellingAdded(new Dwelling("d5", "centre", asOf, 2, 2, false), asOf));

        Replan replan = engine.replan(state(), changes, asOf, OPTIONS);

        PlanState next = replan.state();
        assertThat(replan.asOfWeek()).isEqualTo(8);
        assertThat(PlanValidator.validateReplan(plan, next.scenario(), next.assessments(), next.plan(), 8)).isEmpty();
        assertThat(PlanValidator.validate(next.scenario(), next.assessments(), next.plan())).isEmpty();
        assertThat(next.plan().tracks()).filteredOn(t -> t.personId().equals("n1"))
                .isNotEmpty().allSatisfy(t -> assertThat(t.startWeek()).isGreaterThanOrEqualTo(8));
        assertThat(replan.moves()).filteredOn(m -> m.subjectId().equals("n1"))
                .allSatisfy(m -> assertThat(m.reason()).isEqualTo(PlanMove.Reason.SUBJECT_CHANGED));
        assertThat(next.assessments()).extracting(Assessment::personId).contains("n1", "s1");
        assertThat(next.assessments().stream().filter(a -> a.personId().equals("s1")).findFirst().orElseThrow()
                .track(TrackKind.HOUSING)).isPresent();
        assertThat(plan.tracks()).filteredOn(t -> t.startWeek() < 8)
                .allSatisfy(t -> assertThat(next.plan().tracks()).contains(t));
    }

    @Test
    void aDwellingWithdrawnBeforeMoveInIsReplannedWithItsReason() {
        HousingPlacement later = plan.housing().stream().filter(h -> h.moveInWeek() >= 1).findFirst().orElseThrow();
        LocalDate asOf = monday(1);

        Replan replan = engine.replan(state(), List.of(new Change.DwellingWithdrawn(later.dwellingId(), asOf)), asOf,
                OPTIONS);

        assertThat(replan.state().plan().housing()).noneMatch(h -> h.dwellingId().equals(later.dwellingId()));
        assertThat(replan.moves()).anySatisfy(m -> {
            assertThat(m.subjectId()).isEqualTo(later.householdId());
            assertThat(m.from()).contains(new PlanMove.Slot(later.dwellingId(), later.moveInWeek()));
            assertThat(m.reason()).isEqualTo(PlanMove.Reason.RESOURCE_WITHDRAWN);
        });
        assertThat(replan.state().scenario().dwellings()).extracting(Dwelling::id).doesNotContain(later.dwellingId());
    }

    @Test
    void aRecordedStartIsPinnedInTheAsOfWeek() {
        LocalDate asOf = monday(0);
        TrackPlacement course = plan.tracks().stream().filter(t -> t.track() == TrackKind.LANGUAGE).findFirst()
                .orElseThrow();

        Replan replan = engine.replan(state(), List.of(new Change.ActualStartRecorded(course.personId(),
                course.track(), "b1second".equals(course.resourceId()) ? "b1course" : "b1second", asOf.plusDays(2))),
                asOf, OPTIONS.withChecking(PlanOptions.Checking.FULL));

        assertThat(replan.state().plan().tracks()).anySatisfy(t -> {
            assertThat(t.personId()).isEqualTo(course.personId());
            assertThat(t.track()).isEqualTo(course.track());
            assertThat(t.startWeek()).isZero();
        });
        assertThat(replan.moves()).anySatisfy(m -> assertThat(m.reason())
                .isEqualTo(PlanMove.Reason.ACTUAL_START_RECORDED));
    }

    @Test
    void anInvalidBatchIsRejectedWholeWithEveryProblemAndNothingChanges() {
        PlanState before = state();
        LocalDate asOf = monday(4);
        String dwelling = plan.housing().stream().filter(h -> h.moveInWeek() >= 4).findFirst().orElseThrow()
                .dwellingId();
        List<Change> changes = new ArrayList<>(List.of(
                new Change.PersonLeaves("nobody", Change.LeaveReason.MOVED_AWAY, asOf),
                new Change.DwellingWithdrawn(dwelling, asOf),
                new Change.DwellingWithdrawn(dwelling, asOf.plusDays(3)),
                new Change.DwellingAdded(new Dwelling("d9", "centre", asOf, 2, 2, false), asOf.minusDays(8)),
                new Change.PersonArrives(ReplanFixture.permitHolder("a1", "h1", CefrLevel.A1), Optional.empty(),
                        List.of(), asOf)));

        assertThatThrownBy(() -> engine.replan(before, changes, asOf, OPTIONS))
                .isInstanceOfSatisfying(InvalidChangeException.class, e -> assertThat(e.problems())
                        .extracting(ChangeProblem::index, ChangeProblem::change, ChangeProblem::field)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(0, "PersonLeaves", "personId"),
                                org.assertj.core.groups.Tuple.tuple(2, "DwellingWithdrawn", "dwellingId"),
                                org.assertj.core.groups.Tuple.tuple(3, "DwellingAdded", "date"),
                                org.assertj.core.groups.Tuple.tuple(4, "PersonArrives", "person.id")))
                .hasMessageContaining("withdrawn twice").hasMessageContaining("duplicate arrival id");
        assertThat(state()).isEqualTo(before);
        assertThat(before.scenario().dwellings()).extracting(Dwelling::id).contains(dwelling);
    }

    @Test
    void linkingAPersonAlreadyLinkedIsRejectedAndAnOverlongIdIsShownShort() {
        LocalDate asOf = monday(4);
        String longId = "p".repeat(10_000);
        List<Change> changes = List.of(new Change.LinkedToMunicipality("a1", asOf),
                new Change.PersonLeaves(longId, Change.LeaveReason.OTHER, asOf));

        assertThatThrownBy(() -> engine.replan(state(), changes, asOf, OPTIONS))
                .isInstanceOfSatisfying(InvalidChangeException.class, e -> {
                    assertThat(e.problems()).extracting(ChangeProblem::index, ChangeProblem::field).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(0, "personId"),
                            org.assertj.core.groups.Tuple.tuple(1, "personId"));
                    assertThat(e.problems().get(0).message()).contains("already linked to the municipality since");
                    assertThat(e.problems().get(1).message()).contains("(10000 characters)").hasSizeLessThan(200);
                });
    }

    @Test
    void aResourceInUseByAStartedActivityCannotBeWithdrawn() {
        HousingPlacement moved = plan.housing().stream().min(java.util.Comparator.comparingInt(
                HousingPlacement::moveInWeek)).orElseThrow();
        LocalDate asOf = monday(moved.moveInWeek() + 1);

        assertThatThrownBy(() -> engine.replan(state(), List.of(new Change.DwellingWithdrawn(moved.dwellingId(),
                asOf)), asOf, OPTIONS)).isInstanceOf(InvalidChangeException.class)
                .hasMessageContaining("in use by activities that have started");
    }

    @Test
    void planAsyncStoppedEarlyReturnsAValidPlan() throws Exception {
        List<Plan> best = new CopyOnWriteArrayList<>();
        PlanningJob job = engine.planAsync(scenario, assessments, PlanOptions.moves(50_000_000, 3), best::add);

        job.stopEarly();
        Plan stopped = job.result().get(30, TimeUnit.SECONDS);

        assertThat(job.isDone()).isTrue();
        assertThat(PlanValidator.validate(scenario, assessments, stopped)).isEmpty();
        // Stopped before or during the warm-start phase: whatever is not placed is listed with its reason.
        assertThat(stopped.tracks().size() + stopped.housing().size() + stopped.unplanned().size()).isPositive();
    }

    @Test
    void planAsyncRunsToItsTerminationAndReportsBestPlans() throws Exception {
        List<Plan> best = new CopyOnWriteArrayList<>();
        PlanningJob job = engine.planAsync(scenario, assessments, OPTIONS, best::add);

        Plan done = job.result().get(60, TimeUnit.SECONDS);

        assertThat(PlanValidator.validate(scenario, assessments, done)).isEmpty();
        assertThat(done.score()).isEqualTo(plan.score());
    }
}
