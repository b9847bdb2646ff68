package nl.tegelijk.benchmarks.support;

import java.util.Arrays;

/**
 * {@code --help} for the benchmark mains that have no picocli command of their own (the JMH runners and the replay):
 * prints the usage instead of starting a run of minutes. Stateless.
 */
public final class Usage {

    private Usage() {
    }

    /** True, after printing {@code usage}, when {@code args} hold {@code --help} or {@code -h}. */
    public static boolean helpRequested(String[] args, String usage) {
        if (Arrays.stream(args).anyMatch(a -> "--help".equals(a) || "-h".equals(a))) {
            System.out.println(usage);
            return true;
        }
        return false;
    }

    /**
     * For a main that takes no arguments: true, after printing {@code usage}, when help is asked for.
     *
     * @throws IllegalArgumentException naming the first argument when there is any other
     */
    public static boolean helpRequestedOrNone(String[] args, String usage) {
        if (helpRequested(args, usage)) {
            return true;
        }
        if (args.length > 0) {
            throw new IllegalArgumentException("argument (%s) unknown: this command takes none besides --help"
                    .formatted(args[0]));
        }
        return false;
    }
}
