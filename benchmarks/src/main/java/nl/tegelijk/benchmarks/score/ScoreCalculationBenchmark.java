package nl.tegelijk.benchmarks.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.domain.variable.descriptor.VariableDescriptor;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.benchmarks.support.Dataset;
import nl.tegelijk.planning.SolverConfigs;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.Slot;
import nl.tegelijk.planning.domain.TrackAssignment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Score calculation speed of the constraint provider on a generated problem (warm-started from the greedy-parallel
 * plan, as the planner solves it). {@link #evaluateChangeMove()} is what local search does per move: change one
 * track's slot to another value of its range (or unassign it), calculate the score incrementally, and undo the change
 * (the undo is part of the next calculation, as in the solver). {@link #calculateFromScratch()} recalculates the whole
 * score, for contrast. A random seed fixes the sequence of moves. Uses Timefold's score director (an
 * implementation class: the public API has no incremental entry point).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScoreCalculationBenchmark {

    /** The seed of the move sequence. */
    public static final long SEED = 42L;

    @Param("2000")
    public int persons;

    private PlanningSchedule schedule;
    private InnerScoreDirector<PlanningSchedule, HardMediumSoftLongScore> director;
    private VariableDescriptor<PlanningSchedule> slot;
    private List<TrackAssignment> entities;
    private SolutionManager<PlanningSchedule, HardMediumSoftLongScore> solutionManager;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void setUp() {
        schedule = Dataset.generated(persons).problem(true).schedule();
        DefaultSolverFactory<PlanningSchedule> factory =
                (DefaultSolverFactory<PlanningSchedule>) SolverFactory.<PlanningSchedule>create(SolverConfigs.model());
        director = factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector();
        director.setWorkingSolution(schedule);
        director.calculateScore();
        entities = schedule.getAssignments();
        slot = director.getSolutionDescriptor().findEntityDescriptorOrFail(TrackAssignment.class)
                .getGenuineVariableDescriptor("slot");
        solutionManager = SolutionManager.create(factory);
        random = new SplittableRandom(SEED);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        director.close();
    }

    /** One move evaluation: change, incremental score, undo. */
    @Benchmark
    public HardMediumSoftLongScore evaluateChangeMove() {
        TrackAssignment entity = entities.get(random.nextInt(entities.size()));
        List<Slot> range = entity.getSlotRange();
        int pick = random.nextInt(range.size() + 1);
        Slot value = pick == range.size() ? null : range.get(pick);
        Slot old = entity.getSlot();
        change(entity, value);
        HardMediumSoftLongScore score = director.calculateScore().raw();
        change(entity, old);
        return score;
    }

    /** The whole score from scratch, as {@link SolutionManager#update} does. */
    @Benchmark
    public HardMediumSoftLongScore calculateFromScratch() {
        return solutionManager.update(schedule);
    }

    /** Number of tracks (planning entities) in the problem; after {@link #setUp()}. */
    public int tracks() {
        return entities.size();
    }

    private void change(TrackAssignment entity, Slot value) {
        director.beforeVariableChanged(slot, entity);
        entity.setSlot(value);
        director.afterVariableChanged(slot, entity);
    }
}
