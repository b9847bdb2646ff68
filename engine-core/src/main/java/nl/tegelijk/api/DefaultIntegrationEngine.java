package nl.tegelijk.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.CouncilFigures;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.AsyncPlanner;
import nl.tegelijk.planning.FrozenPast;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.Planner;
import nl.tegelijk.planning.PlanningJob;
import nl.tegelijk.planning.baseline.GreedyParallelPlanner;
import nl.tegelijk.planning.baseline.SequentialPlanner;
import nl.tegelijk.planning.explanation.StartExplanation;
import nl.tegelijk.planning.validation.PlanValidator;
import nl.tegelijk.planning.validation.PlanViolation;
import nl.tegelijk.scenario.InvalidScenarioException;
import nl.tegelijk.scenario.ScenarioProblem;
import nl.tegelijk.scenario.ScenarioValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The standard {@link IntegrationEngine}. Thread-safe: its assessor, planner and async planner are. */
final class DefaultIntegrationEngine implements IntegrationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultIntegrationEngine.class);

    private final Assessor assessor;
    private final PlanOptions defaults;
    private final Planner planner = Planner.create();
    private final AsyncPlanner asyncPlanner = new AsyncPlanner();
    private final AtomicBoolean closed = new AtomicBoolean();

    DefaultIntegrationEngine(Assessor assessor, PlanOptions defaults) {
        this.assessor = requireNonNull(assessor, "assessor");
        this.defaults = requireNonNull(defaults, "defaults");
    }

    @Override
    public List<Assessment> assess(Scenario scenario) {
        return assess(scenario, requireNonNull(scenario, "scenario").planStart());
    }

    @Override
    public List<Assessment> assess(Scenario scenario, LocalDate referenceDate) {
        requireOpen();
        return assess(scenario, AssessmentRequest.on(requireNonNull(referenceDate, "referenceDate")));
    }

    @Override
    public List<Assessment> assess(Scenario scenario, AssessmentRequest request) {
        requireOpen();
        requireValid(scenario);
        return assessor.assess(IntakeMerger.merge(scenario), requireNonNull(request, "request"));
    }

    @Override
    public List<QuotaCheck> checkQuotas(Scenario scenario) {
        requireOpen();
        requireValid(scenario);
        return List.copyOf(assessor.checkQuotas(scenario.housingQuotas()));
    }

    @Override
    public Plan plan(Scenario scenario, List<Assessment> assessments) {
        return plan(scenario, assessments, defaults);
    }

    @Override
    public Plan plan(Scenario scenario, List<Assessment> assessments, PlanOptions options) {
        requireOpen();
        requireValid(scenario);
        AssessmentCoverage.require(scenario, assessments);
        return planner.plan(scenario, assessments, options);
    }

    @Override
    public PlanningJob planAsync(Scenario scenario, List<Assessment> assessments, PlanOptions options,
                                 Consumer<Plan> bestPlans) {
        requireOpen();
        requireValid(scenario);
        AssessmentCoverage.require(scenario, assessments);
        return asyncPlanner.submit(scenario, assessments, options, FrozenPast.none(), requireNonNull(bestPlans,
                "bestPlans"));
    }

    @Override
    public Replan replan(PlanState current, List<Change> changes, LocalDate asOf, PlanOptions options) {
        requireOpen();
        long started = System.nanoTime();
        Scenario old = current.scenario();
        checkArgument(asOf.getDayOfWeek() == DayOfWeek.MONDAY, "asOf (%s) must be a Monday, the first day of a "
                + "plan week", asOf);
        long asOfWeek = ChronoUnit.WEEKS.between(old.planStart(), asOf);
        checkArgument(!asOf.isBefore(old.planStart()) && asOfWeek < old.horizonWeeks(),
                "asOf (%s) must lie within the horizon, weeks 0..%s from %s", asOf, old.horizonWeeks() - 1,
                old.planStart());
        int week = (int) asOfWeek;
        ChangeApplier.Applied applied = ChangeApplier.apply(old, current.plan(), changes, asOf, week);
        List<ScenarioProblem> errors = ScenarioValidator.validate(applied.scenario()).stream()
                .filter(ScenarioProblem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidChangeException(errors.stream().map(p -> new ChangeProblem(-1, p.recordType()
                    + p.recordId().map(id -> " " + id).orElse(""), p.field(), p.code() + ": " + p.message()))
                    .toList());
        }
        Scenario scenario = applied.scenario();
        List<Assessment> assessments = reassess(current, applied, asOf);
        Plan past = ReportedPast.of(current.plan(), applied, week);
        FrozenPast frozen = frozen(past, applied, assessments, scenario, week, asOf);
        Plan plan = planner.plan(scenario, assessments, options.withWarmStartPlan(past), frozen)
                .withEnded(past.ended());
        List<PlanMove> moves = Moves.between(current.plan(), plan, applied);
        LOG.info("Replanned ({}) changes as of week ({}): ({}) re-assessed, ({}) pinned, ({}) moves, in ({}) ms",
                changes.size(), week, applied.changedPersons().size(), frozen.started().size(), moves.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new Replan(new PlanState(scenario, assessments, plan), week, moves, changes);
    }

    /** The assessments of the new scenario: the changed persons anew, the others as they were. */
    private List<Assessment> reassess(PlanState current, ChangeApplier.Applied applied, LocalDate asOf) {
        Scenario scenario = applied.scenario();
        Map<String, Assessment> byPerson = new HashMap<>();
        current.assessments().forEach(a -> byPerson.put(a.personId(), a));
        List<IntegralProfile> changed = IntakeMerger.merge(scenario).stream()
                .filter(p -> applied.changedPersons().contains(p.person().id()) || !byPerson.containsKey(
                        p.person().id()))
                .toList();
        if (!changed.isEmpty()) {
            LocalDate reference = current.assessments().stream().findFirst().map(Assessment::referenceDate)
                    .orElse(scenario.planStart());
            assessor.assess(changed, new AssessmentRequest(reference, asOf))
                    .forEach(a -> byPerson.put(a.personId(), a));
        }
        return scenario.persons().stream().map(p -> byPerson.get(p.id())).toList();
    }

    /**
     * The started activities of {@code plan} (the past as reported, {@link ReportedPast}) that still belong to the new
     * scenario, and the starts recorded in the batch for the as-of week.
     *
     * @throws InvalidChangeException when a recorded start is of a track its subject does not have
     */
    private static FrozenPast frozen(Plan plan, ChangeApplier.Applied applied, List<Assessment> assessments,
                                     Scenario scenario, int asOfWeek, LocalDate asOf) {
        Map<String, Assessment> byPerson = new HashMap<>();
        assessments.forEach(a -> byPerson.put(a.personId(), a));
        Set<String> housingNeeded = new HashSet<>();
        scenario.persons().stream()
                .filter(p -> byPerson.get(p.id()).track(nl.tegelijk.assessment.TrackKind.HOUSING).isPresent())
                .forEach(p -> housingNeeded.add(p.householdId()));
        List<FrozenPast.Started> started = new ArrayList<>();
        plan.housing().stream().filter(h -> h.moveInWeek() < asOfWeek && housingNeeded.contains(h.householdId()))
                .forEach(h -> started.add(FrozenPast.Started.of(h)));
        plan.tracks().stream().filter(t -> t.startWeek() < asOfWeek && byPerson.containsKey(t.personId())
                        && byPerson.get(t.personId()).tracks().stream()
                                .anyMatch(r -> r.track() == t.track() && r.ruleId().equals(t.ruleId())))
                .forEach(t -> started.add(FrozenPast.Started.of(t)));
        List<ChangeProblem> problems = new ArrayList<>();
        for (Change.ActualStartRecorded s : applied.actualStarts()) {
            if (s.date().isBefore(asOf)) {
                continue; // started in the past week: the reported past holds it, pinned with the rest
            }
            boolean has = s.track() == nl.tegelijk.assessment.TrackKind.HOUSING ? housingNeeded.contains(s.subjectId())
                    : byPerson.containsKey(s.subjectId()) && byPerson.get(s.subjectId()).track(s.track()).isPresent();
            if (!has) {
                problems.add(new ChangeProblem(-1, "ActualStartRecorded", "track",
                        s.subjectId() + " has no " + s.track() + " track to start"));
            }
            FrozenPast.Started recorded = new FrozenPast.Started(s.subjectId(), s.track(), s.resourceId(), asOfWeek,
                    optionOf(plan, byPerson.get(s.subjectId()), s, started));
            // Per option: a person may have started one WORK option and now start another.
            started.stream().filter(f -> f.entityId().equals(recorded.entityId())).findFirst()
                    .ifPresent(f -> problems.add(new ChangeProblem(-1, "ActualStartRecorded", "track",
                            s.track() + " of " + s.subjectId() + " started in week " + f.startWeek() + " already")));
            started.add(recorded);
        }
        if (!problems.isEmpty()) {
            throw new InvalidChangeException(problems);
        }
        return new FrozenPast(asOfWeek, started);
    }

    /**
     * The option a recorded start meets, among the options of that track not started yet: the one the plan gave that
     * track of the person (the same resource first), else the person's first such option; the household's option for
     * housing. When every option has started, the first option, which the caller reports as started already.
     */
    private static String optionOf(Plan plan, Assessment assessment, Change.ActualStartRecorded s,
                                   List<FrozenPast.Started> started) {
        if (s.track() == nl.tegelijk.assessment.TrackKind.HOUSING || assessment == null) {
            return "";
        }
        Set<String> startedOptions = new HashSet<>();
        started.stream().filter(f -> f.subjectId().equals(s.subjectId()) && f.track() == s.track())
                .forEach(f -> startedOptions.add(f.ruleId()));
        return plan.tracks().stream()
                .filter(t -> t.personId().equals(s.subjectId()) && t.track() == s.track()
                        && !startedOptions.contains(t.ruleId()))
                .min(java.util.Comparator.comparing((TrackPlacement t) -> !t.resourceId().equals(s.resourceId())))
                .map(TrackPlacement::ruleId)
                .or(() -> assessment.tracks().stream()
                        .filter(r -> r.track() == s.track() && !startedOptions.contains(r.ruleId()))
                        .map(r -> r.ruleId()).findFirst())
                .orElseGet(() -> assessment.track(s.track()).map(r -> r.ruleId()).orElse(s.track().name()));
    }

    @Override
    public Plan planSequential(Scenario scenario, List<Assessment> assessments) {
        requireOpen();
        requireValid(scenario);
        AssessmentCoverage.require(scenario, assessments);
        return SequentialPlanner.plan(scenario, assessments);
    }

    @Override
    public Plan planGreedyParallel(Scenario scenario, List<Assessment> assessments) {
        requireOpen();
        requireValid(scenario);
        AssessmentCoverage.require(scenario, assessments);
        return GreedyParallelPlanner.plan(scenario, assessments);
    }

    @Override
    public PersonExplanation explain(PlanState state, String personId, Locale language) {
        requireOpen();
        requireNonNull(state, "state");
        requireNonNull(personId, "personId");
        requireNonNull(language, "language");
        Plan plan = state.plan();
        List<String> whyNotEarlier = StartExplanation.explain(state.scenario(), state.assessments(), plan, personId,
                !"nl".equals(language.getLanguage()));
        Optional<nl.tegelijk.planning.HousingPlacement> housing = plan.housing().stream()
                .filter(h -> h.memberIds().contains(personId)).findFirst();
        Set<String> subjects = new HashSet<>();
        subjects.add(personId);
        housing.ifPresent(h -> subjects.add(h.householdId()));
        List<String> remarks = plan.explanation().persons().stream().filter(e -> subjects.contains(e.subjectId()))
                .flatMap(e -> e.remarks().stream()).toList();
        return new PersonExplanation(personId, housing,
                plan.tracks().stream().filter(t -> t.personId().equals(personId)).toList(),
                plan.unplanned().stream().filter(u -> u.subjectId().equals(personId)).toList(), remarks,
                whyNotEarlier);
    }

    @Override
    public PlanMetrics monitor(PlanState state) {
        requireOpen();
        requireNonNull(state, "state");
        return PlanMetrics.of(state.scenario(), state.assessments(), state.plan());
    }

    @Override
    public CouncilFigures councilFigures(PlanState state) {
        requireOpen();
        requireNonNull(state, "state");
        return CouncilFigures.of(state.scenario(), state.assessments(), state.plan());
    }

    @Override
    public WhatIf whatIf(Scenario scenario, List<Assessment> assessments, WhatIfRequest request) {
        requireOpen();
        requireValid(scenario);
        AssessmentCoverage.require(scenario, assessments);
        requireNonNull(request, "request");
        request.variants().stream().flatMap(v -> v.changes().stream())
                .filter(c -> !CapacityChange.isPlace(scenario, c.target())
                        && CapacityChange.placesOfKind(scenario, c.target()).isEmpty())
                .findFirst().ifPresent(c -> {
                    throw new IllegalArgumentException("capacity change target (" + c.target() + ") is neither a "
                            + "place of the scenario nor a kind with a capped place in it; maybe DWELLING_3_ROOMS, "
                            + "B1_ROUTE, ISK, PAID_JOB");
                });
        request.variants().forEach(v -> requireValid(CapacityChange.applyAll(scenario, v.changes().stream()
                .filter(c -> CapacityChange.isPlace(scenario, c.target())).toList())));
        return new WhatIfRun(planner, scenario, assessments, requireNonNull(request, "request")).run();
    }

    @Override
    public List<PlanViolation> validate(PlanState state) {
        requireOpen();
        return PlanValidator.validate(state.scenario(), state.assessments(), state.plan());
    }

    @Override
    public List<PlanViolation> validate(PlanState previous, Replan replan) {
        requireOpen();
        PlanState next = replan.state();
        // An activity that started before the as-of week, or that the batch records as started, is not held to today's
        // earliest start: an asylum decision or a link that came later moves the options that arise with it
        // (WI13-PLICHT-01g).
        Set<List<String>> recorded = replan.changes().stream().filter(Change.ActualStartRecorded.class::isInstance)
                .map(Change.ActualStartRecorded.class::cast).map(c -> List.of(c.subjectId(), c.resourceId()))
                .collect(Collectors.toSet());
        List<PlanViolation> violations = new ArrayList<>(PlanValidator.validate(next.scenario(), next.assessments(),
                next.plan(), replan.asOfWeek(), (subject, resource) -> recorded.contains(List.of(subject, resource))));
        // The replan is checked against the past as the batch reported it (missed, late and ended activities).
        LocalDate asOf = previous.scenario().planStart().plusWeeks(replan.asOfWeek());
        Plan past = ReportedPast.of(previous.plan(), ChangeApplier.apply(previous.scenario(), previous.plan(),
                replan.changes(), asOf, replan.asOfWeek()), replan.asOfWeek());
        violations.addAll(PlanValidator.validateReplan(past, next.scenario(), next.assessments(),
                next.plan(), replan.asOfWeek()));
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        closed.set(true);
        asyncPlanner.close();
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("The engine is closed; build a new one with IntegrationEngine.builder()");
        }
    }

    private static void requireValid(Scenario scenario) {
        requireNonNull(scenario, "scenario");
        List<ScenarioProblem> errors = ScenarioValidator.validate(scenario).stream().filter(ScenarioProblem::isError)
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException(errors);
        }
    }
}
