package nl.tegelijk.api;

import static nl.tegelijk.api.ReplanFixture.monday;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseGroup;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Placement;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import net.jqwik.api.Combinators;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.validation.PlanValidator;
import nl.tegelijk.scenario.InvalidScenarioException;

/**
 * Adversarial change batches (unknown and empty ids, 100,000-character ids, huge and negative numbers, dates far in the
 * past and future, duplicates, changes to what has started) give either a valid replan or an
 * {@link InvalidChangeException} naming each bad change, never another exception or a hang, and leave the state
 * as it was.
 */
class AdversarialChangeProperties {

    private static final PlanOptions OPTIONS = PlanOptions.moves(500, 3);
    private static final LocalDate AS_OF = monday(4);
    private static IntegrationEngine engine;
    private static PlanState state;

    @BeforeContainer
    static void planOnce() {
        engine = IntegrationEngine.builder().assessor(new TableAssessor()).planOptions(OPTIONS).build();
        Scenario scenario = ReplanFixture.scenario();
        List<Assessment> assessments = engine.assess(scenario);
        state = new PlanState(scenario, assessments, engine.plan(scenario, assessments));
    }

    @AfterContainer
    static void close() {
        engine.close();
    }

    @Property(seed = "20261201", tries = 60)
    void anyBatchIsReplannedValidlyOrRejectedWholeAndTheStateStaysAsItWas(
            @ForAll("batches") List<Supplier<Change>> batch) {
        List<Change> changes = new ArrayList<>();
        for (Supplier<Change> make : batch) {
            try {
                changes.add(make.get());
            } catch (IllegalArgumentException | NullPointerException | InvalidScenarioException rejected) {
                // The value itself refuses the input (e.g. a negative capacity): a clear error before any replan.
            }
        }
        PlanState before = new PlanState(state.scenario(), state.assessments(), state.plan());

        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                Replan replan = engine.replan(state, changes, AS_OF, OPTIONS);
                PlanState after = replan.state();
                assertThat(PlanValidator.validate(after.scenario(), after.assessments(), after.plan(),
                        replan.asOfWeek())).isEmpty();
                // The past as the batch reported it (missed, late and ended starts) stays: the facade's replan check.
                assertThat(engine.validate(state, replan)).filteredOn(v -> v.code().isAboutThePast()).isEmpty();
                return "replanned";
            } catch (InvalidChangeException e) {
                assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
                    assertThat(p.index()).isBetween(0, changes.size() - 1);
                    assertThat(p.field()).isNotBlank();
                });
                assertThat(e.getMessage().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThan(2_000));
                return "rejected";
            }
        });
        Statistics.collect(outcome);
        assertThat(state).isEqualTo(before);
        Statistics.coverage(c -> {
            c.check("replanned").count(n -> n > 0);
            c.check("rejected").count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<List<Supplier<Change>>> batches() {
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.of("a1", "b1", "c1", "s1", "h1", "d1", "d2", "d4",
                        "b1course", "trainee", "nobody", "", " ", "\u202Ed1", "p\u0000"),
                Arbitraries.just("x".repeat(100_000)));
        Arbitrary<LocalDate> dates = Arbitraries.of(AS_OF, AS_OF.plusDays(2), AS_OF.plusWeeks(30), AS_OF.minusDays(1),
                LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
        Arbitrary<Integer> numbers = Arbitraries.of(-1, 0, 1, 3, 40, Integer.MAX_VALUE, Integer.MIN_VALUE);
        Arbitrary<Supplier<Change>> change = Arbitraries.oneOf(
                Combinators.combine(ids, dates).as((id, d) ->
                        () -> new Change.PersonLeaves(id, Change.LeaveReason.MOVED_AWAY, d)),
                Combinators.combine(ids, dates).as((id, d) ->
                        () -> new Change.PermitGranted(id, PermitKind.ASYLUM_FIXED_TERM, d)),
                Combinators.combine(ids, dates).as((id, d) -> () -> new Change.LinkedToMunicipality(id, d)),
                Combinators.combine(ids, dates).as((id, d) -> () -> new Change.DwellingWithdrawn(id, d)),
                Combinators.combine(ids, dates).as((id, d) -> () -> new Change.CourseGroupCancelled(id, d)),
                Combinators.combine(ids, dates).as((id, d) -> () -> new Change.PlacementEnded(id, d)),
                Combinators.combine(ids, dates, Arbitraries.of(TrackKind.values())).as((id, d, t) ->
                        () -> new Change.ActualStartRecorded(id, t, "d1", d)),
                Combinators.combine(ids, ids, dates, Arbitraries.of(TrackKind.values())).as((id, r, d, t) ->
                        () -> new Change.StartMissed(id, t, r, d)),
                Combinators.combine(ids, ids, dates, Arbitraries.of(TrackKind.values())).as((id, r, d, t) ->
                        () -> new Change.LeftEarly(id, t, r, d)),
                Combinators.combine(ids, dates, numbers, numbers).as((id, d, rooms, occupants) ->
                        () -> new Change.DwellingAdded(new Dwelling(id, "centre", d, rooms, occupants, false), d)),
                Combinators.combine(ids, dates, numbers, numbers).as((id, d, seats, weeks) ->
                        () -> new Change.CourseGroupAdded(new CourseGroup(id, CourseKind.B1_ROUTE, "centre", d, true,
                                List.of(), weeks, 12, seats, false), d)),
                Combinators.combine(ids, dates, numbers, numbers).as((id, d, slots, hours) ->
                        () -> new Change.PlacementAdded(new Placement(id, PlacementKind.TRAINEESHIP, "care",
                                CefrLevel.NONE, hours, slots, d, 26, "east"), d)),
                Combinators.combine(ids, dates).as((id, d) ->
                        () -> new Change.HouseholdChanged(new Household(id, true, 9, Optional.empty()), d)),
                Combinators.combine(ids, ids, dates).as((id, household, d) ->
                        () -> new Change.PersonArrives(ReplanFixture.permitHolder(id, household, CefrLevel.A1),
                                Optional.of(new Household(household, false, 1, Optional.empty())), List.of(), d)));
        return change.list().ofMinSize(1).ofMaxSize(6);
    }
}
