package nl.tegelijk.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.planning.PlanOptions;
import picocli.CommandLine.Option;

/** The options that assessing and planning commands share (a picocli mixin), and the assessor they ask for. */
final class PlanningOptions {

    @Option(names = "--time-limit", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long to optimise, e.g. 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(names = "--moves", paramLabel = "<count>",
            description = "Stop after this many evaluated moves instead of after the time limit: the same scenario,"
                    + " seed and moves give the same plan on any machine.")
    Long moves;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--local-policy", paramLabel = "<file>",
            description = "A local-policy rule file (DRL); repeatable.")
    List<Path> localPolicy = List.of();

    /** The solver options these command-line options ask for. */
    PlanOptions planOptions() {
        return moves == null ? PlanOptions.defaults().withTimeLimit(timeLimit).withRandomSeed(seed)
                : PlanOptions.moves(moves, seed);
    }

    /** What the terminal says about how long planning takes. */
    String planningFor() {
        return moves == null ? "for " + timeLimit.toSeconds() + " s" : "for " + moves + " moves";
    }

    /**
     * The engine with the national rules plus the local-policy files and these planning options; a missing or broken
     * file is one clear line.
     */
    IntegrationEngine engine() {
        return engine(localPolicy, planOptions());
    }

    /** The engine with the national rules plus {@code localPolicy}, planning with {@code options}. */
    static IntegrationEngine engine(List<Path> localPolicy, PlanOptions options) {
        checkFiles(localPolicy);
        try {
            return IntegrationEngine.builder().localPolicy(localPolicy).planOptions(options).build();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static void checkFiles(List<Path> localPolicy) {
        localPolicy.stream().filter(p -> !Files.isRegularFile(p)).findFirst().ifPresent(p -> {
            throw new UserInputException("local-policy file not found: " + p);
        });
    }

    /** The national rules plus the local-policy files; a missing or broken file is one clear line. */
    static Assessor assessor(List<Path> localPolicy) {
        checkFiles(localPolicy);
        try {
            return AssessorProvider.load().create(localPolicy);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
