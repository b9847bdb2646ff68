package nl.tegelijk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.examples.generate.GeneratorSettings;
import nl.tegelijk.examples.generate.ScenarioGenerator;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.Gender;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.Planner;

/**
 * Non-discrimination from the rules through the planner: changing what no legal basis lets a decision depend on
 * (gender, country of origin beyond the nationality groups the law names, and the intake's free text) changes no
 * assessment and, for the same seed and move count, no plan. Religion is not part of the model at all.
 */
class NonDiscriminationProperties {

    private static final Assessor ASSESSOR = AssessorProvider.load().create(List.of());
    private static final Planner PLANNER = Planner.create();
    private static final List<String> COUNTRIES = List.of("SYR", "ERI", "AFG", "IRQ", "TUR", "UKR", "SOM", "NLD");

    @Property(seed = "20261201", tries = 12)
    void genderCountryAndFreeTextChangeNeitherAssessmentsNorPlan(@ForAll @IntRange(min = 10, max = 18) int persons,
                                                                 @ForAll @LongRange(min = 0, max = 10_000) long seed,
                                                                 @ForAll long changeSeed) {
        Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(persons, seed));
        Scenario changed = withOtherAttributes(scenario, new Random(changeSeed));
        assertThat(changed.persons()).isNotEqualTo(scenario.persons());

        List<Assessment> assessments = assess(scenario);
        List<Assessment> changedAssessments = assess(changed);
        assertThat(changedAssessments).isEqualTo(assessments);

        PlanOptions options = PlanOptions.moves(500, seed);
        Plan plan = PLANNER.plan(scenario, assessments, options);
        Plan changedPlan = PLANNER.plan(changed, changedAssessments, options);
        assertThat(changedPlan).isEqualTo(plan);
        Statistics.label("tracks planned").collect(plan.tracks().size() < 10 ? "under 10" : "10 or more");
    }

    private static List<Assessment> assess(Scenario s) {
        return ASSESSOR.assess(IntakeMerger.merge(s), AssessmentRequest.on(s.planStart()));
    }

    /** Every person with a random gender and country of origin; every free text replaced. */
    private static Scenario withOtherAttributes(Scenario s, Random random) {
        // toBuilder keeps every other fact (expectedPermitDate, the civic-integration file, ...): only the protected
        // attributes may change here.
        List<Person> persons = s.persons().stream().map(p -> p.toBuilder()
                .gender(Gender.values()[random.nextInt(Gender.values().length)])
                .countryOfOrigin(COUNTRIES.get(random.nextInt(COUNTRIES.size()))).build()).toList();
        List<IntakeReport> reports = s.intakeReports().stream().map(r -> new IntakeReport(r.id(), r.personId(),
                r.party(), r.date(), r.findings().stream().map(f -> new Finding(f.domain(), f.needLevel(), f.needs(),
                        Optional.of("another note " + random.nextInt()))).toList(),
                List.of("another strength"), List.of("another wish"))).toList();
        return new Scenario(s.name(), s.municipality(), s.region(), s.planStart(), s.horizonWeeks(), s.notes(),
                s.locations(), s.households(), persons, reports, s.dwellings(), s.courseGroups(), s.schoolClasses(),
                s.placements(), s.housingQuotas());
    }
}
