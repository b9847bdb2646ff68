package nl.tegelijk.planning;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.domain.GreedyScheduler;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.ProblemBuilder;
import nl.tegelijk.planning.domain.ProblemBuilder.WarmSlot;
import nl.tegelijk.planning.domain.TrackAssignment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Timefold-backed {@link Planner}. Thread-safe: it holds no state besides the shared solver factories. */
final class DefaultPlanner implements Planner {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPlanner.class);

    @Override
    public Plan plan(Scenario scenario, List<Assessment> assessments, PlanOptions options) {
        return plan(scenario, assessments, options, FrozenPast.none());
    }

    @Override
    public Plan plan(Scenario scenario, List<Assessment> assessments, PlanOptions options, FrozenPast frozen) {
        long started = System.nanoTime();
        PlanningProblem problem = prepare(scenario, assessments, options, frozen);
        Solver<PlanningSchedule> solver = factory(options, problem).buildSolver(override(options));
        int participants = problem.schedule().getParticipants().size();
        solver.addEventListener(event -> options.progressListener().accept(
                progress(event.getNewBestSolution(), event.getTimeMillisSpent(), participants)));
        PlanningSchedule best = solver.solve(problem.schedule());
        LOG.info("Solved to ({}) in ({}) ms", best.getScore(), (System.nanoTime() - started) / 1_000_000);
        return finish(scenario, problem, best, options.explainPerPerson());
    }

    /** The problem to solve, warm-started as {@code options} say, with {@code frozen} pinned. */
    static PlanningProblem prepare(Scenario scenario, List<Assessment> assessments, PlanOptions options,
                                   FrozenPast frozen) {
        long started = System.nanoTime();
        Map<String, WarmSlot> pinned = pinned(frozen);
        Map<String, WarmSlot> promised = options.warmStart() == PlanOptions.WarmStart.GIVEN_PLAN
                ? fromPlan(options.warmStartPlan().orElseThrow()) : Map.of();
        PlanningProblem problem = ProblemBuilder.build(scenario, assessments, promised, frozen.asOfWeek(), pinned);
        PlanningSchedule schedule = problem.schedule();
        // The warm start is the solver's first phase (WarmStartPhase); this picks its policy.
        schedule.setWarmStartPolicy(switch (options.warmStart()) {
            case NONE -> null;
            case GREEDY_PARALLEL -> GreedyScheduler.Policy.LEAST_SLACK;
            case GIVEN_PLAN -> GreedyScheduler.Policy.PARALLEL;
        });
        schedule.getAssignments().forEach(a -> {
            WarmSlot w = promised.get(a.getId());
            if (w != null) {
                a.setPromised(w.resourceId(), w.startWeek());
            }
        });
        long values = schedule.getAssignments().stream().mapToLong(a -> a.getSlotRange().size()).sum();
        long warm = schedule.getAssignments().stream().filter(TrackAssignment::isAssigned).count();
        LOG.info("Planning ({}) tracks, ({}) resources, ({}) values in ranges, ({}) given, ({}) pinned from "
                        + "week ({}), built in ({}) ms", schedule.getAssignments().size(), schedule.getResources().size(),
                values, warm, pinned.size(), frozen.asOfWeek(), (System.nanoTime() - started) / 1_000_000);
        return problem;
    }

    /** The solver factory for {@code options} and the size of {@code problem} ({@link SolverConfigs#forSize}). */
    static SolverFactory<PlanningSchedule> factory(PlanOptions options, PlanningProblem problem) {
        return SolverFactories.get(SolverConfigs.environmentMode(options.checking()), options.randomSeed(),
                options.stepCountLimit(), problem.schedule().getAssignments().size(),
                options.unimprovedTimeLimit().map(java.time.Duration::toMillis));
    }

    static SolverConfigOverride<PlanningSchedule> override(PlanOptions options) {
        return new SolverConfigOverride<PlanningSchedule>().withTerminationConfig(termination(options));
    }

    static PlanProgress progress(PlanningSchedule best, long elapsedMillis, int participants) {
        return new PlanProgress(elapsedMillis, PlanAssembler.toPlanScore(best.getScore()), fullyPlanned(best),
                participants);
    }

    /** The plan of a solved schedule of {@code problem}. */
    static Plan finish(Scenario scenario, PlanningProblem problem, PlanningSchedule best, boolean explainPerPerson) {
        PlanningProblem solved = new PlanningProblem(problem.calendar(), best, problem.eligible(), problem.slots());
        return PlanAssembler.assemble(scenario, solved, PlanMethod.OPTIMISED, Map.of(), explainPerPerson);
    }

    private static Map<String, WarmSlot> pinned(FrozenPast frozen) {
        Map<String, WarmSlot> pinned = new HashMap<>();
        frozen.started().forEach(s -> pinned.put(s.entityId(), new WarmSlot(s.resourceId(), s.startWeek())));
        return pinned;
    }

    private static String housingId(HousingPlacement h) {
        return TrackAssignment.idOf(TrackKind.HOUSING, h.householdId(), "");
    }

    private static String trackId(TrackPlacement t) {
        return TrackAssignment.idOf(t.track(), t.personId(), t.ruleId());
    }

    private static Map<String, WarmSlot> fromPlan(Plan plan) {
        Map<String, WarmSlot> warm = new HashMap<>();
        plan.housing().forEach(h -> warm.put(housingId(h), new WarmSlot(h.dwellingId(), h.moveInWeek())));
        plan.tracks().forEach(t -> warm.put(trackId(t), new WarmSlot(t.resourceId(), t.startWeek())));
        return warm;
    }

    private static TerminationConfig termination(PlanOptions options) {
        TerminationConfig config = new TerminationConfig();
        options.timeLimit().ifPresent(d -> config.setMillisecondsSpentLimit(d.toMillis()));
        // The unimproved-time limit is local search's own (SolverFactories): counted from its first step.
        options.bestScoreLimit().ifPresent(config::setBestScoreLimit);
        options.moveCountLimit().ifPresent(config::setMoveCountLimit);
        if (options.timeLimit().isEmpty() && options.unimprovedTimeLimit().isEmpty()
                && options.bestScoreLimit().isEmpty() && options.stepCountLimit().isEmpty()
                && options.moveCountLimit().isEmpty()) {
            config.setSecondsSpentLimit(30L);
        }
        return config;
    }

    private static int fullyPlanned(PlanningSchedule schedule) {
        Set<String> missing = new HashSet<>();
        for (TrackAssignment a : schedule.getAssignments()) {
            if (a.isRequired() && !a.isAssigned()) {
                missing.addAll(a.getParticipantIds());
            }
        }
        return (int) schedule.getParticipants().stream().filter(p -> !missing.contains(p.personId())).count();
    }
}
