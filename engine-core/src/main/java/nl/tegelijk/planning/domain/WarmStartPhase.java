package nl.tegelijk.planning.domain;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import java.util.function.BooleanSupplier;

/**
 * The solver's first phase: the greedy schedule ({@link GreedyScheduler}) under the schedule's warm-start policy,
 * assigned through the score director. It scans every allowed start week of every eligible resource, so large problems
 * are feasible in seconds, and it leaves the value ranges whole: what it cannot place stays unassigned for local
 * search. Stateless and thread-safe (Timefold creates it from the solver configuration).
 */
public final class WarmStartPhase implements PhaseCommand<PlanningSchedule> {

    @Override
    public void changeWorkingSolution(ScoreDirector<PlanningSchedule> scoreDirector, BooleanSupplier isTerminated) {
        PlanningSchedule schedule = scoreDirector.getWorkingSolution();
        schedule.getWarmStartPolicy().ifPresent(policy -> new GreedyScheduler(schedule, (entity, slot) -> {
            scoreDirector.beforeVariableChanged(entity, "slot");
            entity.setSlot(slot);
            scoreDirector.afterVariableChanged(entity, "slot");
        }).run(policy));
        scoreDirector.triggerVariableListeners();
    }
}
