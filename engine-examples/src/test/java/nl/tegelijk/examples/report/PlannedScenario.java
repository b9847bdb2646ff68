package nl.tegelijk.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.examples.generate.BuiltInScenarios;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.QuotaBasis;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.Planner;
import nl.tegelijk.planning.baseline.GreedyParallelPlanner;
import nl.tegelijk.planning.baseline.SequentialPlanner;

/** A built-in scenario assessed by the real rules and planned with a deterministic, move-count-limited solve. */
record PlannedScenario(Scenario scenario, List<Assessment> assessments, Plan plan, Plan sequential, Plan greedy) {

    private static PlannedScenario tutorial;

    /** The tutorial scenario, planned once per test run. */
    static synchronized PlannedScenario tutorial() {
        if (tutorial == null) {
            tutorial = of(BuiltInScenarios.byName(BuiltInScenarios.TUTORIAL));
        }
        return tutorial;
    }

    /** Test figures (not published ones) for the tutorial's first quota, 2025-H1: ceil(10,000 × 160,000 / 17,900,000). */
    static final QuotaBasis FIRST_QUOTA_BASIS = new QuotaBasis(10_000, 160_000, 17_900_000, LocalDate.of(2024, 1, 1));

    /**
     * The scenario's quotas checked through the facade after its first quota is given {@link #FIRST_QUOTA_BASIS}: one
     * check, for that half-year; the others state no figures.
     */
    List<QuotaCheck> quotaChecksWithFiguresForTheFirstHalfYear() {
        List<HousingQuota> quotas = new ArrayList<>(scenario.housingQuotas());
        HousingQuota first = quotas.get(0);
        quotas.set(0, new HousingQuota(first.year(), first.half(), first.persons(), Optional.of(FIRST_QUOTA_BASIS)));
        try (IntegrationEngine engine = IntegrationEngine.builder().build()) {
            return engine.checkQuotas(scenario.toBuilder().housingQuotas(quotas).build());
        }
    }

    static PlannedScenario of(Scenario scenario) {
        List<Assessment> assessments = AssessorProvider.load().create(List.of())
                .assess(IntakeMerger.merge(scenario), AssessmentRequest.on(scenario.planStart()));
        Plan plan = Planner.create().plan(scenario, assessments, PlanOptions.moves(2_000, 1));
        return new PlannedScenario(scenario, assessments, plan, SequentialPlanner.plan(scenario, assessments),
                GreedyParallelPlanner.plan(scenario, assessments));
    }
}
