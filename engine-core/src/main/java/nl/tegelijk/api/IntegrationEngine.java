package nl.tegelijk.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.CouncilFigures;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.PlanningJob;
import nl.tegelijk.planning.validation.PlanViolation;

/**
 * The one entry point for a municipal system that embeds Tegelijk: assess, plan (blocking or in the background),
 * replan as reality changes, explain and monitor. See {@code docs/EMBEDDING.md}.
 *
 * <p>Create it once with {@link #builder()} and share it: it is thread-safe, holds one assessor and shares the solver
 * factories, and every call works on its own copies. Everything it returns is immutable and owned by the caller. Close
 * it when done: closing is final, stops the daemon solver threads of {@link #planAsync} (named
 * {@code tegelijk-solver-N}) and makes every later call throw {@link IllegalStateException}.
 *
 * <p>Scenarios are checked with {@link nl.tegelijk.scenario.ScenarioValidator} first; one with errors is rejected with
 * an {@link nl.tegelijk.scenario.InvalidScenarioException} that lists them, and nothing is assessed or planned.
 */
public interface IntegrationEngine extends AutoCloseable {

    /** A builder with the national rules found through {@link AssessorProvider#load()} and the default options. */
    static Builder builder() {
        return new Builder();
    }

    /** Assesses every person of {@code scenario} on its plan start: one assessment per person, in scenario order. */
    List<Assessment> assess(Scenario scenario);

    /** Assesses every person with ages and deadlines taken on {@code referenceDate} and the law as it stood then. */
    List<Assessment> assess(Scenario scenario, LocalDate referenceDate);

    /**
     * Assesses every person on the dates of {@code request}: ages, school duty and deadlines on its reference date, the
     * law (case law and changes of the law) as it stood on its application date. One assessment per person, in
     * scenario order.
     *
     * @throws nl.tegelijk.assessment.InvalidAssessmentRequestException when the assessor cannot assess on those dates,
     *     e.g. a reference date before a person's birth date; nothing is assessed
     */
    List<Assessment> assess(Scenario scenario, AssessmentRequest request);

    /**
     * Checks the scenario's housing quotas (<i>taakstelling</i>) against the law: for every quota that states the
     * figures it follows from ({@link nl.tegelijk.model.HousingQuota#basis()}), the quota the formula gives
     * (HV-FORMULA-01, Huisvestingswet 2014 art. 29 lid 1: ceil(vg × iG / iN)) beside the given one, with the rule and
     * its legal basis; sorted by half-year. A quota without figures has no check, so a scenario without any gives an
     * empty list. Decided by the engine's assessor; the given quota stays the planner's input. Thread-safe; the
     * caller owns the returned list.
     */
    List<QuotaCheck> checkQuotas(Scenario scenario);

    /**
     * Plans with the engine's default options, blocking.
     *
     * @param assessments exactly one per person of the scenario, e.g. from {@link #assess(Scenario)}
     * @throws IllegalArgumentException when the assessments miss a person of the scenario or hold a stranger,
     *     naming them
     */
    Plan plan(Scenario scenario, List<Assessment> assessments);

    /** Plans, blocking until a termination of {@code options} is reached. */
    Plan plan(Scenario scenario, List<Assessment> assessments, PlanOptions options);

    /**
     * Plans in the background and returns at once. Every new best plan goes to {@code bestPlans} (on a solver event
     * thread; a slow listener skips intermediate plans), progress to the options' progress listener; the job's
     * {@link PlanningJob#stopEarly()} ends solving with the best plan so far.
     */
    PlanningJob planAsync(Scenario scenario, List<Assessment> assessments, PlanOptions options,
                          Consumer<Plan> bestPlans);

    /**
     * Follows reality: applies {@code changes} to the scenario, re-assesses the persons they concern, and re-solves
     * warm-started from the current plan. What started before the as-of week (or whose start is recorded in the
     * batch) keeps its slot; nothing new starts before the as-of week. Changes may be dated in the past week and correct
     * it: a start that did not happen, happened late or elsewhere, an activity left early or at a placement that ended,
     * a household that outgrew its dwelling (docs/EMBEDDING.md, "Real weeks"). {@code options}' warm start is replaced
     * by the current plan as corrected.
     *
     * @param asOf a Monday within the horizon: the first day of the first week that may change
     * @throws InvalidChangeException when a change cannot be applied (unknown id, duplicate arrival, a resource
     *     withdrawn twice or in use by a started activity, a date more than a week before {@code asOf}, a report of a
     *     start or activity the plan does not have) or the changed scenario does
     *     not pass the validator; nothing is changed
     * @throws IllegalArgumentException when {@code asOf} is not a Monday within the horizon
     */
    Replan replan(PlanState current, List<Change> changes, LocalDate asOf, PlanOptions options);

    /**
     * The sequential baseline: the policy the programme replaced (a dwelling first, the language course only after
     * moving in, work only after the course), greedy in arrival order under the same capacities; method
     * {@code SEQUENTIAL}. To compare with the optimised plan, e.g. with {@link #monitor}.
     */
    Plan planSequential(Scenario scenario, List<Assessment> assessments);

    /**
     * The greedy-parallel baseline: every track as early as capacity allows, first come first served, all tracks at
     * once but without looking ahead; method {@code GREEDY_PARALLEL}.
     */
    Plan planGreedyParallel(Scenario scenario, List<Assessment> assessments);

    /**
     * One person's part of the plan of {@code state}: the household's dwelling, the person's slots and unplanned
     * tracks, the score analysis lines, and for every track why it does not start earlier (the earliest date the
     * assessment allows and, week by week, what stood in the way at every eligible place).
     *
     * @param language Dutch when its language is {@code nl}, English otherwise
     * @throws IllegalArgumentException when the person is not in the scenario of {@code state}
     */
    PersonExplanation explain(PlanState state, String personId, Locale language);

    /**
     * The figures of a plan, each defined once in {@link nl.tegelijk.monitoring.PlanFigures}: weeks to full
     * participation (required, and every need), weeks to the first activity, idle weeks in the first year, waiting
     * per track, unplanned per reason and the housing quota. Compare plans of one scenario by monitoring each.
     *
     * @throws IllegalArgumentException when an assessment names a person who is not in the scenario
     */
    PlanMetrics monitor(PlanState state);

    /**
     * The figures of the half-year council report on {@code state}'s plan: those of {@link #monitor} and the
     * programme's own (permit to housing, language within 4 and 12 weeks, children in school, work, per life domain
     * and group, the intake parties' findings), each defined once in {@link nl.tegelijk.monitoring}.
     *
     * @throws IllegalArgumentException when an assessment names a person who is not in the scenario
     */
    CouncilFigures councilFigures(PlanState state);

    /**
     * Capacity what-if (<i>wat als</i>): plans the scenario and each variant of {@code request} under the same seeds
     * and options, and reports per variant how every figure of {@link #monitor} changes, with the spread over the
     * seeds. Without variants it finds the bottlenecks itself ({@link nl.tegelijk.monitoring.CapacityPressure}, from
     * the base plan of the first seed) and tries one unit more at each of the most pressed kinds of place; the
     * variants are real plans, ranked by weeks gained per unit. Greedy, one change at a time: not a joint optimum
     * (docs/WHATIF.md). Blocks; plans up to the request's parallelism at the same time.
     *
     * @param assessments exactly one per person of the scenario; a capacity change alters no assessment
     * @throws IllegalArgumentException when a change names no place of the scenario or an open offer without a cap,
     *     or the assessments do not cover the scenario
     */
    WhatIf whatIf(Scenario scenario, List<Assessment> assessments, WhatIfRequest request);

    /**
     * Every hard rule {@code state}'s plan breaks, found by the independent plan validator (which shares no code with
     * the planner's constraints); empty for a valid plan. Each violation has a stable code (listed in
     * {@code docs/PLANNING.md}), the subject and resource ids and a message without personal data.
     */
    List<PlanViolation> validate(PlanState state);

    /**
     * Every hard rule the replan's plan breaks, and every way it broke the past of {@code previous} as the replan's
     * batch reported it ({@link Replan#changes()}): an activity that started before the as-of week moved or was
     * dropped, or something new starts before it. Empty for a valid replan.
     */
    List<PlanViolation> validate(PlanState previous, Replan replan);

    /**
     * Closes the engine for good: ends background jobs and stops their solver threads; a blocking call already running
     * finishes. Idempotent; every later call of any other method throws {@link IllegalStateException}.
     */
    @Override
    void close();

    /** Builds an {@link IntegrationEngine}. Not thread-safe; use it on one thread, then share the engine. */
    final class Builder {
        private Assessor assessor;
        private List<Path> localPolicy = List.of();
        private PlanOptions options = PlanOptions.defaults();

        private Builder() {
        }

        /** Replaces the assessor found through {@link AssessorProvider#load()}, e.g. with a test double. */
        public Builder assessor(Assessor value) {
            this.assessor = java.util.Objects.requireNonNull(value, "assessor");
            return this;
        }

        /** Local-policy rule files given to the provider's assessor; ignored when an assessor is set. */
        public Builder localPolicy(List<Path> files) {
            this.localPolicy = List.copyOf(files);
            return this;
        }

        /** The options of {@link IntegrationEngine#plan(Scenario, List)}. */
        public Builder planOptions(PlanOptions value) {
            this.options = java.util.Objects.requireNonNull(value, "planOptions");
            return this;
        }

        /**
         * The engine.
         *
         * @throws IllegalStateException when no assessor is set and none is on the class path
         * @throws IllegalArgumentException when a local-policy file does not compile, naming file and line
         */
        public IntegrationEngine build() {
            Assessor a = assessor != null ? assessor : AssessorProvider.load().create(localPolicy);
            return new DefaultIntegrationEngine(a, options);
        }
    }
}
