package nl.tegelijk.planning;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.model.SchoolKind;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.ProblemBuilder;
import nl.tegelijk.planning.domain.Resource;
import nl.tegelijk.planning.domain.TrackAssignment;
import nl.tegelijk.planning.validation.PlanValidator;
import org.junit.jupiter.api.Test;

/**
 * A schedule that breaks hard rules, built by hand as a search stopped too early could leave it, never becomes a plan
 * that breaks them: {@link PlanAssembler} takes out the fewest tracks it needs and says why.
 */
class HardRuleRepairTest {

    // The family scenario: b1course has 2 seats (12 h a week, 20 weeks), the traineeship 16 h a week. With a 20-hour
    // limit, a1's course and traineeship together exceed it; a1, a2 and b1 in the course at once overfill it.
    private final Scenario scenario = family();
    private final List<Assessment> assessments = List.of(
            assessment("a1", 20, housing(0), language(0, CourseKind.B1_ROUTE), work(2, PlacementKind.TRAINEESHIP)),
            assessment("a2", 32, housing(0), language(0, CourseKind.B1_ROUTE)),
            assessment("c1", 32, housing(0), school(0, 12, SchoolKind.PRIMARY_NEWCOMER_CLASS)),
            assessment("b1", 32, housing(1), language(1, CourseKind.B1_ROUTE)));

    private static final String A1_COURSE = "LANGUAGE:a1:WI21-ROUTE-B1";
    private static final String A1_WORK = "WORK:a1:WI21-MAP-01";

    @Test
    void oneTrackThatBreaksTwoHardRulesIsTheOnlyOneTakenOut() {
        PlanningProblem problem = infeasible();

        Plan plan = PlanAssembler.assemble(scenario, problem, PlanMethod.OPTIMISED, Map.of(), false);

        assertThat(plan.score().hard()).isZero();
        assertThat(plan.unplanned()).filteredOn(u -> u.reason() == UnplannedReason.NO_FEASIBLE_SLOT_FOUND)
                .extracting(UnplannedTrack::subjectId, UnplannedTrack::track)
                .containsExactly(tuple("a1", TrackKind.LANGUAGE));
        assertThat(plan.unplanned()).filteredOn(u -> u.reason() == UnplannedReason.NO_FEASIBLE_SLOT_FOUND)
                .singleElement().extracting(UnplannedTrack::explanation).asString().contains("hard rule");
        assertThat(plan.tracks()).extracting(TrackPlacement::personId, TrackPlacement::track)
                .containsExactlyInAnyOrder(tuple("a1", TrackKind.WORK),
                        tuple("a2", TrackKind.LANGUAGE),
                        tuple("b1", TrackKind.LANGUAGE));
        assertThat(PlanValidator.validate(scenario, assessments, plan)).isEmpty();
    }

    @Test
    void pinnedTrackStaysAndTheOthersThatBreakHardRulesGo() {
        PlanningProblem problem = infeasible();
        entity(problem, A1_COURSE).setPinned(true);

        Plan plan = PlanAssembler.assemble(scenario, problem, PlanMethod.OPTIMISED, Map.of(), false);

        assertThat(plan.score().hard()).isZero();
        assertThat(plan.tracks()).anySatisfy(t -> {
            assertThat(t.personId()).isEqualTo("a1");
            assertThat(t.track()).isEqualTo(TrackKind.LANGUAGE);
            assertThat(t.startWeek()).isEqualTo(2);
        });
        // a1's traineeship (hours) and one other course seat (capacity) go: two, since the pinned course cannot.
        assertThat(plan.unplanned()).filteredOn(u -> u.reason() == UnplannedReason.NO_FEASIBLE_SLOT_FOUND)
                .hasSize(2)
                .anySatisfy(u -> assertThat(u.subjectId() + "/" + u.track()).isEqualTo("a1/WORK"))
                .anySatisfy(u -> assertThat(u.track()).isEqualTo(TrackKind.LANGUAGE));
        assertThat(PlanValidator.validate(scenario, assessments, plan)).isEmpty();
    }

    @Test
    void scheduleThatKeepsEveryHardRuleLosesNoTrack() {
        PlanningProblem problem = infeasible();
        entity(problem, "LANGUAGE:b1:WI21-ROUTE-B1").setSlot(null);
        entity(problem, A1_WORK).setSlot(null);

        Plan plan = PlanAssembler.assemble(scenario, problem, PlanMethod.OPTIMISED, Map.of(), false);

        assertThat(plan.score().hard()).isZero();
        assertThat(plan.unplanned()).noneMatch(u -> u.reason() == UnplannedReason.NO_FEASIBLE_SLOT_FOUND);
        assertThat(plan.tracks()).hasSize(2);
    }

    @Test
    void crowdInOneSmallCourseLosesExactlyTheExcess() {
        List<Assessment> crowd = learners(40);
        Scenario many = twoSeatCourse(52, crowd);
        PlanningProblem problem = ProblemBuilder.build(many, crowd);
        Resource course = resource(problem, "b1course");
        problem.schedule().getAssignments().forEach(a -> a.setSlot(a.slotAt(course, 0)));

        Plan plan = PlanAssembler.assemble(many, problem, PlanMethod.OPTIMISED, Map.of(), false);

        assertThat(plan.score().hard()).isZero();
        assertThat(plan.tracks()).hasSize(2);
        assertThat(plan.unplanned()).filteredOn(u -> u.reason() == UnplannedReason.NO_FEASIBLE_SLOT_FOUND).hasSize(38);
        assertThat(PlanValidator.validate(many, crowd, plan)).isEmpty();
    }

    @Test
    void twoOverfullCohortsBackToBackEachLoseTheirExcess() {
        // Seen in a simulated year (seed 4, week 20, at a paid job): spells of one place back to back, two of them
        // overfull. Counted as one peak of the whole chain, taking one person out of either lifted nothing, so the
        // repair gave up and the plan broke the capacity. Here: the 2-seat, 20-week course from weeks 0, 20 and 40,
        // with three people in each of the first two.
        List<Assessment> queue = learners(8);
        Scenario course = twoSeatCourse(104, queue);
        PlanningProblem problem = ProblemBuilder.build(course, queue);
        Resource b1course = resource(problem, "b1course");
        List<TrackAssignment> all = problem.schedule().getAssignments();
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setSlot(all.get(i).slotAt(b1course, i < 3 ? 0 : i < 6 ? 20 : 40));
        }

        Plan plan = PlanAssembler.assemble(course, problem, PlanMethod.OPTIMISED, Map.of(), false);

        assertThat(plan.score().hard()).isZero();
        assertThat(plan.tracks()).hasSize(6);
        assertThat(plan.unplanned()).filteredOn(u -> u.reason() == UnplannedReason.NO_FEASIBLE_SLOT_FOUND).hasSize(2);
        assertThat(PlanValidator.validate(course, queue, plan)).isEmpty();
    }

    /** {@code n} single adults at A1 (p00, p01, ...), each with the B1-route language option from week 0. */
    private static List<Assessment> learners(int n) {
        List<Assessment> learners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            learners.add(assessment("p%02d".formatted(i), 32, language(0, CourseKind.B1_ROUTE)));
        }
        return learners;
    }

    /** The persons of {@code learners}, each a household of one, and one B1 course of 2 seats, 20 weeks, 12 h. */
    private static Scenario twoSeatCourse(int horizon, List<Assessment> learners) {
        List<Household> households = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        for (Assessment a : learners) {
            households.add(household("h" + a.personId()));
            persons.add(adult(a.personId(), "h" + a.personId(), CefrLevel.A1));
        }
        return scenario(horizon, households, persons, List.of(),
                List.of(course("b1course", CourseKind.B1_ROUTE, 2, 20, 12)), List.of(), List.of(), List.of());
    }

    /** a1, a2 and b1 all in the 2-seat course from week 2, a1 also in the traineeship from week 2. */
    private PlanningProblem infeasible() {
        PlanningProblem problem = ProblemBuilder.build(scenario, assessments);
        Resource course = resource(problem, "b1course");
        Resource trainee = resource(problem, "trainee");
        for (String id : List.of(A1_COURSE, "LANGUAGE:a2:WI21-ROUTE-B1", "LANGUAGE:b1:WI21-ROUTE-B1")) {
            TrackAssignment a = entity(problem, id);
            a.setSlot(a.slotAt(course, 2));
            assertThat(a.getSlot()).as(id).isNotNull();
        }
        TrackAssignment work = entity(problem, A1_WORK);
        work.setSlot(work.slotAt(trainee, 2));
        assertThat(work.getSlot()).isNotNull();
        assertThat(SolverFactories.solutionManager().update(problem.schedule()).hardScore()).isNegative();
        return problem;
    }

    private static TrackAssignment entity(PlanningProblem problem, String id) {
        return problem.schedule().getAssignments().stream().filter(a -> a.getId().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Resource resource(PlanningProblem problem, String id) {
        return problem.schedule().getResources().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
