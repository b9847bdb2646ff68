package nl.tegelijk.benchmarks.solver;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.tegelijk.benchmarks.support.Dataset;
import nl.tegelijk.planning.SolverConfigs;
import nl.tegelijk.planning.domain.PlanningSchedule;

/**
 * Lets Timefold's benchmarker "read" a {@link Dataset} from a marker file named after it, so that the report names
 * each problem: {@code generated-2000.dataset} is the cold problem (every track unassigned),
 * {@code generated-20000-greedy.dataset} the problem warm-started from the greedy-parallel plan, as the planner does
 * by default. Each problem is built once per JVM and handed out as a planning clone. Thread-safe.
 */
public final class DatasetFileIO implements SolutionFileIO<PlanningSchedule> {

    /** The marker files' extension. */
    public static final String EXTENSION = "dataset";
    /** The suffix of a warm-started dataset's marker file name. */
    public static final String GREEDY = "-greedy";

    private static final Map<String, PlanningSchedule> PROBLEMS = new ConcurrentHashMap<>();
    private static final SolutionCloner<PlanningSchedule> CLONER =
            ((DefaultSolverFactory<PlanningSchedule>) SolverFactory.<PlanningSchedule>create(SolverConfigs.model()))
                    .getSolutionDescriptor().getSolutionCloner();

    /** Writes the marker file of {@code datasetName} (with {@link #GREEDY} when warm-started) into {@code folder}. */
    public static File marker(Path folder, String datasetName, boolean greedyWarmStart) {
        Path file = folder.resolve(datasetName + (greedyWarmStart ? GREEDY : "") + "." + EXTENSION);
        try {
            Files.createDirectories(folder);
            Files.writeString(file, "Tegelijk benchmark dataset " + datasetName
                    + (greedyWarmStart ? ", warm-started from the greedy-parallel plan" : ", cold") + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dataset marker (" + file + ")", e);
        }
        return file.toFile();
    }

    @Override
    public String getInputFileExtension() {
        return EXTENSION;
    }

    @Override
    public PlanningSchedule read(File inputFile) {
        String name = inputFile.getName().replaceFirst("\\." + EXTENSION + "$", "");
        PlanningSchedule problem = PROBLEMS.computeIfAbsent(name, n -> n.endsWith(GREEDY)
                ? Dataset.byName(n.substring(0, n.length() - GREEDY.length())).problem(true).schedule()
                : Dataset.byName(n).problem(false).schedule());
        synchronized (problem) {
            return CLONER.cloneSolution(problem);
        }
    }

    @Override
    public void write(PlanningSchedule solution, File outputFile) {
        throw new UnsupportedOperationException("benchmark solutions are not written (" + outputFile + ")");
    }
}
