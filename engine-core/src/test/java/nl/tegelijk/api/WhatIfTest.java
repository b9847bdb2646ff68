package nl.tegelijk.api;

import static nl.tegelijk.planning.support.TestData.assessment;
import static nl.tegelijk.planning.support.TestData.course;
import static nl.tegelijk.planning.support.TestData.dwelling;
import static nl.tegelijk.planning.support.TestData.household;
import static nl.tegelijk.planning.support.TestData.language;
import static nl.tegelijk.planning.support.TestData.placement;
import static nl.tegelijk.planning.support.TestData.school;
import static nl.tegelijk.planning.support.TestData.uncappedPlacement;
import static nl.tegelijk.planning.support.TestData.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolKind;
import nl.tegelijk.monitoring.CapacityPressure;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The capacity what-if on a small scenario with two bottlenecks: one B1 course seat for four learners (each waits
 * the 10 weeks of the one before), one traineeship slot for two workers. Plans end on a move count, so every plan is
 * the same on every machine and the gains are exact.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WhatIfTest {

    private static final PlanOptions OPTIONS = PlanOptions.moves(2_000, 7);
    private static IntegrationEngine engine;
    private static Scenario scenario;
    private static List<Assessment> assessments;
    private static WhatIf found;
    private static final List<WhatIfProgress> progress = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void findTheBottlenecks() {
        engine = IntegrationEngine.builder().assessor(new TableAssessor()).planOptions(OPTIONS).build();
        scenario = TestData.scenario(52,
                List.of(household("h1"), household("h2"), household("h3"), household("h4"), household("h5"),
                        household("h6")),
                List.of(ReplanFixture.permitHolder("l1", "h1", CefrLevel.NONE), ReplanFixture.permitHolder("l2", "h2", CefrLevel.NONE),
                        ReplanFixture.permitHolder("l3", "h3", CefrLevel.NONE), ReplanFixture.permitHolder("l4", "h4", CefrLevel.NONE),
                        ReplanFixture.permitHolder("w1", "h5", CefrLevel.A2),
                        ReplanFixture.permitHolder("w2", "h6", CefrLevel.A2)),
                List.of(dwelling("d1", 0, 2, 2)),
                List.of(course("c1", CourseKind.B1_ROUTE, 1, 10, 12)),
                List.of(school("isk", SchoolKind.ISK, 12, 17, 2)),
                List.of(placement("trainee", PlacementKind.TRAINEESHIP, "construction", CefrLevel.A1, 1, 16, 10),
                        uncappedPlacement("volunteer", PlacementKind.VOLUNTEER_WORK, 8, 26)),
                List.of(new HousingQuota(2016, 1, 4)));
        assessments = List.of(
                assessment("l1", 32, language(0, CourseKind.B1_ROUTE)),
                assessment("l2", 32, language(0, CourseKind.B1_ROUTE)),
                assessment("l3", 32, language(0, CourseKind.B1_ROUTE)),
                assessment("l4", 32, language(0, CourseKind.B1_ROUTE)),
                assessment("w1", 32, work(0, PlacementKind.TRAINEESHIP)),
                assessment("w2", 32, work(0, PlacementKind.TRAINEESHIP)));
        found = engine.whatIf(scenario, assessments, WhatIfRequest.builder().options(OPTIONS).seeds(2)
                .parallelism(2).progress(progress::add).build());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void withoutVariantsTheRunNamesTheFullPlacesWhereLearnersWaitAndRanksTheCourseGroupFirst() {
        assertThat(found.pressures()).first().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("B1_ROUTE");
            assertThat(p.personWeeksWaitingAtFull()).isEqualTo(10 + 20 + 30);
            assertThat(p.personsWaiting()).isEqualTo(3);
            assertThat(p.mostPressedPlace()).isEqualTo("c1");
        });
        assertThat(found.pressures()).filteredOn(p -> p.kind().equals("TRAINEESHIP"))
                .singleElement().extracting(CapacityPressure::personWeeksWaitingAtFull).isEqualTo(10L);
        assertThat(found.variants()).extracting(v -> v.variant().changes())
                .containsExactly(List.of(new CapacityChange("c1", 1)), List.of(new CapacityChange("trainee", 1)));
        assertThat(found.variants().get(0).weeksGained().mean()).isEqualTo(40.0);
        assertThat(found.variants().get(0).weeksGained().beyondSpread()).isTrue();
        assertThat(found.variants().get(1).weeksGainedPerUnit()).isEqualTo(10.0);
        assertThat(progress).hasSize(2 * 3).extracting(WhatIfProgress::done).containsExactlyInAnyOrder(1, 2, 3, 4, 5,
                6);
        assertThat(progress).filteredOn(p -> !p.variant().equals("base")).allSatisfy(p -> assertThat(p.total())
                .isEqualTo(6));
    }

    @Test
    void openOffersWithoutACapAreNeverABottleneckAndNeverGetCapacity() {
        assertThat(found.pressures()).extracting(CapacityPressure::kind).doesNotContain("VOLUNTEER_WORK");
        assertThatThrownBy(() -> CapacityChange.applyAll(scenario, List.of(new CapacityChange("volunteer", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("volunteer");
    }

    @Test
    void applyingTheTopRankedChangeByHandAndPlanningAgainReproducesItsGain() {
        CourseGroup c1 = scenario.courseGroups().get(0);
        List<CourseGroup> groups = new ArrayList<>(scenario.courseGroups());
        groups.add(new CourseGroup("another-b1", c1.kind(), c1.locationId(), c1.availableFrom(), c1.rollingIntake(),
                c1.cohortStarts(), c1.durationWeeks(), c1.hoursPerWeek(), c1.seats(), c1.childcare()));
        Scenario byHand = scenario.toBuilder().courseGroups(groups).build();

        double gained = 0;
        for (long seed : found.seeds()) {
            PlanOptions options = OPTIONS.withRandomSeed(seed);
            PlanMetrics base = engine.monitor(new PlanState(scenario, assessments,
                    engine.plan(scenario, assessments, options)));
            PlanMetrics more = engine.monitor(new PlanState(byHand, assessments,
                    engine.plan(byHand, assessments, options)));
            gained += base.weeksToFullParticipation().total() - more.weeksToFullParticipation().total();
        }

        assertThat(gained / found.seeds().size()).isEqualTo(found.variants().get(0).weeksGained().mean());
    }

    @Test
    void aVariantThatAddsNothingReportsNoGainBeyondTheSpread() {
        WhatIf control = engine.whatIf(scenario, assessments, WhatIfRequest.builder().options(OPTIONS).seeds(2)
                .variants(List.of(CapacityVariant.of(List.of()))).build());

        VariantOutcome nothing = control.variants().get(0);
        assertThat(nothing.weeksGained().beyondSpread()).isFalse();
        assertThat(nothing.weeksGainedPerUnit()).isZero();
        assertThat(nothing.change(m -> m.weeksToFirstActivity().mean()).beyondSpread()).isFalse();
        assertThat(nothing.change(m -> m.idleWeeksInFirstYear().mean()).beyondSpread()).isFalse();
        assertThat(nothing.change(PlanMetrics::unplanned).beyondSpread()).isFalse();
    }

    @Test
    void aVariantChangesNothingButTheCapacitiesItNames() {
        Scenario changed = CapacityChange.applyAll(scenario, List.of(new CapacityChange("d1", 2),
                new CapacityChange("c1", 1), new CapacityChange("isk", 3), new CapacityChange("trainee", 2)));

        assertThat(changed.dwellings()).hasSize(3).startsWith(scenario.dwellings().get(0));
        assertThat(changed.dwellings().subList(1, 3)).allSatisfy(d -> assertThat(d).usingRecursiveComparison()
                .ignoringFields("id").isEqualTo(scenario.dwellings().get(0)));
        assertThat(changed.dwellings()).extracting(d -> d.id()).containsExactly("d1", "d1-extra-1", "d1-extra-2");
        assertThat(changed.courseGroups().get(1)).usingRecursiveComparison().ignoringFields("id")
                .isEqualTo(scenario.courseGroups().get(0));
        assertThat(changed.schoolClasses().get(0).seats()).isEqualTo(2 + 3);
        assertThat(changed.schoolClasses().get(0)).usingRecursiveComparison().ignoringFields("seats")
                .isEqualTo(scenario.schoolClasses().get(0));
        assertThat(changed.placements().get(0).slots()).contains(1 + 2);
        assertThat(changed.placements().get(0)).usingRecursiveComparison().ignoringFields("slots")
                .isEqualTo(scenario.placements().get(0));
        assertThat(changed.placements().get(1)).isEqualTo(scenario.placements().get(1));
        assertThat(changed.toBuilder().dwellings(scenario.dwellings()).courseGroups(scenario.courseGroups())
                .schoolClasses(scenario.schoolClasses()).placements(scenario.placements()).build())
                .isEqualTo(scenario);
    }

    @Test
    void aKindOfPlaceGoesToItsMostPressedPlaceAndTheVariantSaysWhich() {
        WhatIf asked = engine.whatIf(scenario, assessments, WhatIfRequest.builder().options(OPTIONS).seeds(1)
                .variants(List.of(CapacityVariant.of(List.of(new CapacityChange("TRAINEESHIP", 1))))).build());

        VariantOutcome traineeship = asked.variants().get(0);
        assertThat(traineeship.variant().changes()).containsExactly(new CapacityChange("trainee", 1));
        assertThat(traineeship.variant().name()).isEqualTo("TRAINEESHIP (trainee):1");
        assertThat(traineeship.weeksGained().mean()).isEqualTo(10.0);
    }

    @Test
    void aKindWithOnlyOpenOffersWithoutACapIsRefusedBeforeAnythingIsPlanned() {
        assertThatThrownBy(() -> engine.whatIf(scenario, assessments, WhatIfRequest.builder().options(OPTIONS)
                .variants(List.of(CapacityVariant.of(List.of(new CapacityChange("VOLUNTEER_WORK", 1))))).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VOLUNTEER_WORK");
    }

    @Test
    void aChangeNamingNoPlaceNorKindIsRefusedBeforeAnythingIsPlanned() {
        assertThatThrownBy(() -> engine.whatIf(scenario, assessments, WhatIfRequest.builder().options(OPTIONS)
                .variants(List.of(CapacityVariant.of(List.of(new CapacityChange("nowhere", 1))))).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
    }
}
