package nl.tegelijk.planning.domain;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Scenario;
import org.junit.jupiter.api.Test;

class ProblemBuilderTest {

    /** {@link nl.tegelijk.planning.support.TestData#family()} with the members of h1 and h2 interleaved. */
    private static Scenario interleavedFamily() {
        Scenario family = family();
        return family.toBuilder().persons(List.of(family.persons().get(0), family.persons().get(3),
                family.persons().get(1), family.persons().get(2))).build();
    }

    private static TrackAssignment entity(PlanningProblem problem, String id) {
        return problem.schedule().getAssignments().stream().filter(a -> a.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + id));
    }

    @Test
    void oneHousingOptionPerHouseholdHeldByEveryMemberWhereverTheScenarioListsThem() {
        PlanningProblem problem = ProblemBuilder.build(interleavedFamily(), familyAssessments());

        TrackAssignment h1 = entity(problem, "HOUSING:h1");
        TrackAssignment h2 = entity(problem, "HOUSING:h2");
        assertThat(h1.getParticipantIds()).containsExactly("a1", "a2", "c1");
        assertThat(h1.getOccupants()).isEqualTo(3);
        assertThat(h2.getParticipantIds()).containsExactly("b1");
        assertThat(h2.getOccupants()).isEqualTo(1);
    }

    @Test
    void onePlanningEntityPerPersonAndOptionNamedByTrackPersonAndRule() {
        PlanningProblem problem = ProblemBuilder.build(family(), familyAssessments());

        assertThat(problem.schedule().getAssignments()).extracting(TrackAssignment::getId)
                .containsExactlyInAnyOrder("HOUSING:h1", "HOUSING:h2",
                        "LANGUAGE:a1:WI21-ROUTE-B1", "LANGUAGE:a2:WI21-ROUTE-B1", "LANGUAGE:b1:WI21-ROUTE-B1",
                        "WORK:a1:WI21-MAP-01", "WORK:b1:WI21-MAP-01", "EDUCATION:c1:EDU-ASYL-01");
        assertThat(problem.schedule().getAssignments()).noneMatch(TrackAssignment::isAssigned);
    }

    @Test
    void valueRangeHoldsEveryFittingDwellingInEveryWeekFromTheEarliestOrderedByWeek() {
        PlanningProblem problem = ProblemBuilder.build(family(), familyAssessments());

        // h1 (3 persons) fits only d1 (4 occupants), free from week 4; h2 (1 person, from week 1) fits d2 from week 2
        // and d1 from week 4; the horizon is 52 weeks.
        assertThat(entity(problem, "HOUSING:h1").getSlotRange())
                .extracting(Slot::toString).containsExactlyElementsOf(IntStream.range(4, 52).mapToObj(w -> "d1@" + w)
                        .toList());
        List<Slot> h2 = entity(problem, "HOUSING:h2").getSlotRange();
        assertThat(h2).hasSize(50 + 48);
        assertThat(h2.get(0)).hasToString("d2@2");
        assertThat(h2).extracting(Slot::startWeek).isSorted();
    }

    @Test
    void timefoldsValueRangeHoldsExactlyTheRangesSlotsAndIsEqualOnlyOverTheSameList() {
        PlanningProblem problem = ProblemBuilder.build(family(), familyAssessments());
        TrackAssignment h1 = entity(problem, "HOUSING:h1");
        TrackAssignment h2 = entity(problem, "HOUSING:h2");

        var range = h1.getSlotValueRange();
        assertThat(range.getSize()).isEqualTo(h1.getSlotRange().size());
        assertThat(h1.getSlotRange()).allMatch(range::contains);
        assertThat(h2.getSlotRange()).filteredOn(s -> s.resource().id().equals("d2")).noneMatch(range::contains);
        assertThat(range).isEqualTo(h1.getSlotValueRange()).hasSameHashCodeAs(h1.getSlotValueRange())
                .isNotEqualTo(h2.getSlotValueRange());
    }

    @Test
    void anOptionOpeningAfterTheHorizonGetsNoEntity() {
        List<Assessment> assessments = new ArrayList<>(familyAssessments());
        assessments.set(1, assessment("a2", 32, housing(0), language(60, CourseKind.B1_ROUTE)));

        PlanningProblem problem = ProblemBuilder.build(family(), assessments);

        assertThat(problem.schedule().getAssignments()).extracting(TrackAssignment::getId)
                .doesNotContain("LANGUAGE:a2:WI21-ROUTE-B1").contains("HOUSING:h1");
    }

    @Test
    void anAssessmentOfAPersonOutsideTheScenarioIsRejectedNamingTheId() {
        List<Assessment> assessments = new ArrayList<>(familyAssessments());
        assessments.add(assessment("x9", 32, language(0, CourseKind.B1_ROUTE)));

        assertThatThrownBy(() -> ProblemBuilder.build(family(), assessments))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(x9)");
    }
}
