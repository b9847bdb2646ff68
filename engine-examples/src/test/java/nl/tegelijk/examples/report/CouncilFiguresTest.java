package nl.tegelijk.examples.report;

import org.junit.jupiter.api.Timeout;
import java.util.concurrent.TimeUnit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.examples.generate.GeneratorSettings;
import nl.tegelijk.examples.generate.ScenarioGenerator;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.CouncilFigures;
import nl.tegelijk.monitoring.Distribution;
import nl.tegelijk.monitoring.Share;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanScore;
import nl.tegelijk.planning.ScoreExplanation;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.domain.WeekCalendar;
import org.junit.jupiter.api.Test;

/** The council figures, on hand-made plans over the tutorial scenario so that every number can be checked by hand. */
// Runs the solver: a hang fails the test instead of the build.
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CouncilFiguresTest {

    private final PlannedScenario tutorial = PlannedScenario.tutorial();
    private final Scenario scenario = tutorial.scenario();
    private final WeekCalendar calendar = new WeekCalendar(scenario.planStart(), scenario.horizonWeeks());

    @Test
    void languageSharesCountAdultsWhoStartWithinFourAndWithinTwelveWeeksOfTheirEarliestStart() {
        List<Assessment> learners = tutorial.assessments().stream()
                .filter(a -> person(a.personId()).ageOn(scenario.planStart()) >= 18)
                .filter(a -> a.track(TrackKind.LANGUAGE).filter(t -> !t.voluntary()).isPresent())
                .sorted(Comparator.comparing(Assessment::personId)).toList();
        assertThat(learners).hasSizeGreaterThanOrEqualTo(3);
        int[] waits = {4, 5, 12};
        List<TrackPlacement> tracks = new ArrayList<>();
        for (int i = 0; i < waits.length; i++) {
            TrackRequirement req = learners.get(i).track(TrackKind.LANGUAGE).orElseThrow();
            int week = calendar.firstWeekOnOrAfter(req.earliestStart()) + waits[i];
            tracks.add(new TrackPlacement(learners.get(i).personId(), TrackKind.LANGUAGE, "C-x", week,
                    calendar.dateOf(week), week + 20, 10, req.ruleId()));
        }

        CouncilFigures f = CouncilFigures.of(scenario, tutorial.assessments(), plan(List.of(), tracks));

        assertThat(f.languageWithin4Weeks()).isEqualTo(new Share(1, learners.size()));
        assertThat(f.languageWithin12Weeks()).isEqualTo(new Share(3, learners.size()));
    }

    @Test
    void weeksFromPermitToMovingInAreWholeWeeksOfThoseHoused() {
        Person housed = scenario.persons().stream()
                .filter(p -> p.permitGrantedDate().isPresent() && scenario.membersOf(p.householdId()).size() == 1)
                .filter(p -> tutorial.assessments().stream().anyMatch(a -> a.personId().equals(p.id())
                        && a.track(TrackKind.HOUSING).filter(t -> !t.voluntary()).isPresent()))
                .findFirst().orElseThrow();
        int week = 10;
        LocalDate moveIn = calendar.dateOf(week);
        int expected = (int) Math.floorDiv(ChronoUnit.DAYS.between(housed.permitGrantedDate().get(), moveIn), 7);

        CouncilFigures f = CouncilFigures.of(scenario, tutorial.assessments(), plan(List.of(new HousingPlacement(
                housed.householdId(), List.of(housed.id()), "D-x", week, moveIn)), List.of()));

        assertThat(f.permitToHousing()).isEqualTo(new Distribution(1, expected, expected, expected));
        assertThat(f.housedOfPermitHolders().count()).isEqualTo(1);
        assertThat(f.housedOfPermitHolders().of()).isGreaterThan(1);
    }

    @Test
    void childrenWhoseLegalTermEndedBeforeThePlanStartCannotBeInSchoolInTermAndAreCountedApart() {
        CouncilFigures f = CouncilFigures.of(scenario, tutorial.assessments(), tutorial.plan());

        int withTermAhead = f.childrenInSchoolInTerm().of() - f.childrenTermPassedBeforeStart();
        assertThat(f.childrenTermPassedBeforeStart()).isPositive();
        assertThat(withTermAhead).as("children whose term lies ahead (a 4-year-old before school duty)").isNotNegative();
        assertThat(f.childrenInSchoolInTerm().count()).isLessThanOrEqualTo(withTermAhead);
    }

    @Test
    void anEmptyPlanHousesNoOneAndStartsNothing() {
        CouncilFigures f = CouncilFigures.of(scenario, tutorial.assessments(), plan(List.of(), List.of()));

        assertThat(f.housedOfPermitHolders().count()).isZero();
        assertThat(f.adultsInWorkOrParticipation().count()).isZero();
        assertThat(f.quota()).allSatisfy(q -> assertThat(q.housed()).isZero());
        assertThat(f.domains()).allSatisfy(d -> d.started().ifPresent(s -> assertThat(s.count()).isZero()));
    }

    @Test
    void everyoneWithARequiredTrackIsCountedEvenWhenItIsLeftUnplanned() {
        long required = tutorial.assessments().stream()
                .filter(a -> a.tracks().stream().anyMatch(t -> !t.voluntary())).count();

        CouncilFigures f = CouncilFigures.of(scenario, tutorial.assessments(), plan(List.of(), List.of()));

        assertThat(required).isPositive();
        assertThat(f.plan().weeksToFullParticipation().count()).isEqualTo(required);
        assertThat(f.plan().weeksToFullParticipation().median()).isPositive();
        assertThat(f.groups()).allSatisfy(g -> assertThat(g.weeksToFullParticipation().count())
                .isEqualTo(g.persons() - (int) tutorial.assessments().stream()
                        .filter(a -> a.tracks().stream().allMatch(TrackRequirement::voluntary))
                        .filter(a -> inGroup(g.group(), a)).count()));
    }

    private boolean inGroup(CouncilFigures.Group group, Assessment a) {
        Person p = person(a.personId());
        int age = p.ageOn(scenario.planStart());
        return switch (group) {
            case UNACCOMPANIED_MINORS -> p.unaccompaniedMinor();
            case YOUNG_SINGLE_REFUGEES -> age >= 18 && age <= 26 && scenario.membersOf(p.householdId()).size() == 1;
            case ADULTS_IN_EDUCATION -> age >= 18 && a.track(TrackKind.EDUCATION).isPresent();
        };
    }

    @Test
    void onlyRemarksMadeAboutAtLeastFivePersonsAreQuoted() {
        Scenario generated = ScenarioGenerator.generate(GeneratorSettings.of(200, 3));
        Plan empty = new Plan(generated.name(), generated.planStart(), generated.horizonWeeks(), PlanMethod.OPTIMISED,
                List.of(), List.of(), List.of(), new PlanScore(0, 0, 0, true),
                new ScoreExplanation(List.of(), List.of()), List.of());

        CouncilFigures f = CouncilFigures.of(generated, List.of(), empty);

        assertThat(f.remarks()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.persons()).isGreaterThanOrEqualTo(CouncilFigures.MIN_PERSONS_PER_REMARK));
        assertThat(f.intake()).isNotEmpty();
    }

    private Person person(String id) {
        return scenario.persons().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private Plan plan(List<HousingPlacement> housing, List<TrackPlacement> tracks) {
        return new Plan(scenario.name(), scenario.planStart(), scenario.horizonWeeks(), PlanMethod.OPTIMISED, housing, tracks,
                List.of(), new PlanScore(0, 0, 0, true), new ScoreExplanation(List.of(), List.of()), List.of());
    }
}
