package nl.tegelijk.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.planning.PlanOptions;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** The options that planning commands share (a picocli mixin), and the engine every command builds. */
final class PlanningOptions {

    @Option(names = "--time-limit", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long to optimise at most, e.g. 30s, 2m (default: ${DEFAULT-VALUE}), counted from the "
                    + "start of the solve: the greedy warm start is included (about 10 s at 50,000 persons), the "
                    + "problem build and the baselines are not; optimising stops earlier when the best plan has not "
                    + "improved for --unimproved-time-limit.")
    Duration timeLimit;

    @Option(names = "--unimproved-time-limit", paramLabel = "<duration|none>", defaultValue = "5s",
            converter = UnimprovedLimitConverter.class,
            description = "Stop optimising when the best plan has not improved for this long, counted from the first "
                    + "step after the warm start, e.g. 5s, 1m; 'none' to use the whole --time-limit "
                    + "(default: ${DEFAULT-VALUE}). Not used with --moves.")
    Duration unimprovedTimeLimit;

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
        if (moves != null) {
            return PlanOptions.moves(moves, seed);
        }
        PlanOptions options = PlanOptions.defaults().withTimeLimit(timeLimit).withRandomSeed(seed);
        return unimprovedTimeLimit.isZero() ? options.withoutUnimprovedTimeLimit()
                : options.withUnimprovedTimeLimit(unimprovedTimeLimit);
    }

    /** What the terminal says about how long planning takes. */
    String planningFor() {
        if (moves != null) {
            return "for " + moves + " moves";
        }
        return "for at most " + timeLimit.toSeconds() + " s" + (unimprovedTimeLimit.isZero() ? ""
                : " (stopping after " + unimprovedTimeLimit.toSeconds() + " s without a better plan)");
    }

    /** {@code none} (no unimproved-time limit, read as zero) or a duration such as {@code 5s}. */
    static final class UnimprovedLimitConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return "none".equalsIgnoreCase(value.trim()) ? Duration.ZERO : new DurationConverter().convert(value);
        }
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
}
