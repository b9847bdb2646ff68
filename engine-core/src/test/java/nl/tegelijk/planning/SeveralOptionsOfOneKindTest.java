package nl.tegelijk.planning;

import static nl.tegelijk.planning.support.TestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.validation.PlanValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Two work options of one person, each planned or listed unplanned on its own, from the assessment through
 * {@code ProblemBuilder} and the solver to the independent validator: volunteer work from the plan start at an open
 * offer without a cap, and paid work that opens in week 26 for at most 24 weeks (WORK-AS-02a) at one job that cannot
 * serve both persons within the 40-week horizon.
 */
// Runs the solver once for every test (one instance): a hang fails the test instead of the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralOptionsOfOneKindTest {

    private static final int HORIZON = 40;
    private static final String VOLUNTEER = "WORK-AS-03";
    private static final String PAID = "WORK-AS-02a";

    private static Scenario twoPersonsOneJob() {
        return scenario(HORIZON, List.of(household("h1"), household("h2")),
                List.of(adult("a", "h1", CefrLevel.NONE), adult("b", "h2", CefrLevel.NONE)), List.of(), List.of(),
                List.of(), List.of(uncappedPlacement("club", PlacementKind.VOLUNTEER_WORK, 6, 26),
                        placement("job", PlacementKind.PAID_JOB, "logistics", CefrLevel.NONE, 1, 24, 52)),
                List.of());
    }

    private static List<TrackRequirement> options() {
        return List.of(new TrackRequirement(TrackKind.WORK, START, Optional.empty(), Set.of(), Set.of(),
                        Set.of(PlacementKind.VOLUNTEER_WORK), true, VOLUNTEER),
                new TrackRequirement(TrackKind.WORK, week(26), Optional.empty(), Set.of(), Set.of(),
                        Set.of(PlacementKind.PAID_JOB), true, PAID, Optional.of(24), false));
    }

    private static List<Assessment> assessments() {
        TrackRequirement[] both = options().toArray(TrackRequirement[]::new);
        return List.of(assessment("a", 40, both), assessment("b", 40, both));
    }

    private final Plan plan = Planner.create().plan(twoPersonsOneJob(), assessments(),
            PlanOptions.moves(300, 5).withChecking(PlanOptions.Checking.FULL));

    @Test
    void thePlanOfTwoOptionsOfOneKindKeepsEveryHardRule() {
        assertThat(PlanValidator.validate(twoPersonsOneJob(), assessments(), plan)).isEmpty();
        assertThat(plan.score().feasible()).isTrue();
    }

    @Test
    void everyOptionIsPlannedOrListedUnplannedExactlyOnceUnderItsOwnRule() {
        for (String person : List.of("a", "b")) {
            for (String rule : List.of(VOLUNTEER, PAID)) {
                long planned = plan.tracks().stream()
                        .filter(t -> t.personId().equals(person) && t.ruleId().equals(rule)).count();
                long unplanned = plan.unplanned().stream()
                        .filter(u -> u.subjectId().equals(person) && u.ruleId().equals(rule)).count();
                assertThat(planned + unplanned).as(person + " " + rule).isEqualTo(1);
            }
        }
    }

    @Test
    void bothVolunteerAtTheOpenOfferWhileTheOneJobServesOneOfThemFromWeek26ForAtMost24Weeks() {
        assertThat(plan.tracks()).filteredOn(t -> t.ruleId().equals(VOLUNTEER))
                .extracting(TrackPlacement::personId, TrackPlacement::resourceId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a", "club"),
                        org.assertj.core.groups.Tuple.tuple("b", "club"));
        List<TrackPlacement> jobs = plan.tracks().stream().filter(t -> t.ruleId().equals(PAID)).toList();
        assertThat(jobs).singleElement().satisfies(t -> {
            assertThat(t.resourceId()).isEqualTo("job");
            assertThat(t.startWeek()).isGreaterThanOrEqualTo(26);
            assertThat(t.endWeek() - t.startWeek()).isLessThanOrEqualTo(24);
        });
        String other = jobs.get(0).personId().equals("a") ? "b" : "a";
        assertThat(plan.unplanned()).singleElement().satisfies(u -> {
            assertThat(u.subjectId()).isEqualTo(other);
            assertThat(u.track()).isEqualTo(TrackKind.WORK);
            assertThat(u.ruleId()).isEqualTo(PAID);
        });
    }
}
