package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import nl.tegelijk.api.Change;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.api.Replan;
import nl.tegelijk.planning.PlanOptions;

/**
 * Simulated weeks: from a plan state, one {@link ChangeGenerator} batch per week replanned through the facade, week 1
 * (or the week after the state's) onwards, each handed to a listener with its replan time. The one loop behind the
 * {@code simulate} command and the replay benchmark. Deterministic for equal state, generator, seed and solver
 * termination by moves.
 */
public final class WeeklyReplans {

    /**
     * One simulated week.
     *
     * @param week the as-of week
     * @param asOf its Monday
     * @param batch the changes drawn for it
     * @param before the state it replanned
     * @param replan the outcome
     * @param replanMillis wall-clock time of {@code engine.replan}
     */
    public record Week(int week, LocalDate asOf, List<Change> batch, PlanState before, Replan replan,
                       long replanMillis) {
    }

    private WeeklyReplans() {
    }

    /**
     * Replans weeks {@code 1..weeks} (never past the horizon) and returns the last state.
     *
     * @param eachWeek told of every week in order, after its replan
     */
    public static PlanState run(IntegrationEngine engine, PlanState start, ChangeGenerator generator, long seed,
                                int weeks, PlanOptions options, Consumer<Week> eachWeek) {
        SplittableRandom random = new SplittableRandom(seed);
        PlanState state = start;
        for (int week = 1; week <= weeks && week < start.scenario().horizonWeeks(); week++) {
            LocalDate asOf = start.scenario().planStart().plusWeeks(week);
            List<Change> batch = generator.week(state, asOf, week, random);
            long started = System.nanoTime();
            Replan replan = engine.replan(state, batch, asOf, options);
            long millis = (System.nanoTime() - started) / 1_000_000;
            eachWeek.accept(new Week(week, asOf, batch, state, replan, millis));
            state = replan.state();
        }
        return state;
    }
}
