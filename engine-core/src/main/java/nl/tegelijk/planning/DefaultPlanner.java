package nl.tegelijk.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
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
        long started = System.nanoTime();
        Map<String, WarmSlot> warm = switch (options.warmStart()) {
            case NONE -> Map.of();
            case GREEDY_PARALLEL -> greedyWarmStart(scenario, assessments, options);
            case GIVEN_PLAN -> fromPlan(options.warmStartPlan().orElseThrow());
        };
        PlanningProblem problem = ProblemBuilder.build(scenario, assessments, options.startWeeksPerResource(),
                options.resourcesPerTrack(), warm);
        PlanningSchedule schedule = problem.schedule();
        long values = schedule.getAssignments().stream().mapToLong(a -> a.getSlotRange().size()).sum();
        LOG.info("Planning ({}) tracks, ({}) resources, ({}) values in ranges, ({}) warm-started, built in ({}) ms",
                schedule.getAssignments().size(), schedule.getResources().size(), values, warm.size(),
                (System.nanoTime() - started) / 1_000_000);

        SolverFactory<PlanningSchedule> factory = SolverFactories.get(options.environmentMode(), options.randomSeed(),
                options.stepCountLimit());
        Solver<PlanningSchedule> solver = factory.buildSolver(
                new SolverConfigOverride<PlanningSchedule>().withTerminationConfig(termination(options)));
        int participants = schedule.getParticipants().size();
        solver.addEventListener(event -> options.progressListener().accept(new PlanProgress(
                event.getTimeMillisSpent(), PlanAssembler.toPlanScore(event.getNewBestSolution().getScore()),
                fullyPlanned(event.getNewBestSolution()), participants)));
        PlanningSchedule best = solver.solve(schedule);
        HardMediumSoftLongScore score = best.getScore();
        LOG.info("Solved to ({}) in ({}) ms", score, (System.nanoTime() - started) / 1_000_000);
        PlanningProblem solved = new PlanningProblem(problem.calendar(), best, problem.eligible(), problem.excluded(),
                problem.slots());
        return PlanAssembler.assemble(scenario, solved, "OPTIMISED", Map.of(), options.explainPerPerson());
    }

    private static Map<String, WarmSlot> greedyWarmStart(Scenario scenario, List<Assessment> assessments,
                                                         PlanOptions options) {
        PlanningProblem draft = ProblemBuilder.build(scenario, assessments, options.startWeeksPerResource(),
                options.resourcesPerTrack(), Map.of());
        new GreedyScheduler(draft).run(GreedyScheduler.Policy.PARALLEL);
        return ProblemBuilder.assignedSlots(draft);
    }

    private static Map<String, WarmSlot> fromPlan(Plan plan) {
        Map<String, WarmSlot> warm = new HashMap<>();
        plan.housing().forEach(h -> warm.put("HOUSING:" + h.householdId(), new WarmSlot(h.dwellingId(), h.moveInWeek())));
        plan.tracks().forEach(t -> warm.put(t.track() + ":" + t.personId(), new WarmSlot(t.resourceId(), t.startWeek())));
        return warm;
    }

    private static TerminationConfig termination(PlanOptions options) {
        TerminationConfig config = new TerminationConfig();
        options.timeLimit().ifPresent(d -> config.setMillisecondsSpentLimit(d.toMillis()));
        options.unimprovedTimeLimit().ifPresent(d -> config.setUnimprovedMillisecondsSpentLimit(d.toMillis()));
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
