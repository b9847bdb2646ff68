package nl.tegelijk.benchmarks.rules;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.tegelijk.benchmarks.support.Spread;

/**
 * Compares two builds of the rules on a shared, loaded machine: both run in this JVM, each from its own class path in
 * its own class loader (so each has its own Drools, KieBase and JIT profile), on the same generated population, rounds
 * alternating (A B, B A, ...) so that both see the same load. Prints each build's median persons per CPU-second of the
 * assessing thread and the median and quartiles of the per-round ratio B/A, with the load average. Each class path
 * must hold the benchmarks, engine-core and engine-rules jars of that build and their dependencies (the
 * {@code target/cp.txt} of benchmarks/README, with the three jars copied elsewhere first). Usage:
 * {@code RulesPairedCpuTime <classpath-file-A> <classpath-file-B> [persons=10000] [rounds=40]}; the first
 * {@code rounds / 2} rounds of each are warm-up.
 */
public final class RulesPairedCpuTime {
    private static final String USAGE = "Usage: RulesPairedCpuTime <classpath-file-A> <classpath-file-B> [persons=10000]"
            + " [rounds=40]";

    private RulesPairedCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args[0].startsWith("-")) {
            System.out.println(USAGE);
            return;
        }
        int persons = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        double[] ratios = compare(Path.of(args[0]), Path.of(args[1]), persons, rounds);
        System.out.printf("persons=%d rounds=%d: B/A median %.3f (quartiles %.3f-%.3f); load average %.2f at the end%n",
                persons, rounds, ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4], Spread.loadAverage());
    }

    /** The sorted per-round ratios of B's persons per CPU-second to A's; prints each build's median. */
    static double[] compare(Path classPathA, Path classPathB, int persons, int rounds) throws Exception {
        double loadBefore = Spread.loadAverage();
        Build a = new Build(classPathA, persons);
        Build b = new Build(classPathB, persons);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] perSecond = new double[2][rounds];
        for (int i = -rounds / 2; i < rounds; i++) {
            Build[] order = (i & 1) == 0 ? new Build[] {a, b} : new Build[] {b, a};
            for (Build build : order) {
                long cpu = threads.getCurrentThreadCpuTime();
                build.assess();
                long used = threads.getCurrentThreadCpuTime() - cpu;
                if (i >= 0) {
                    perSecond[build == a ? 0 : 1][i] = persons / (used / 1e9);
                }
            }
        }
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ratios[i] = perSecond[1][i] / perSecond[0][i];
        }
        Arrays.sort(ratios);
        Arrays.sort(perSecond[0]);
        Arrays.sort(perSecond[1]);
        System.out.printf("A %.0f, B %.0f persons per CPU-second (medians); load average %.2f before%n",
                perSecond[0][rounds / 2], perSecond[1][rounds / 2], loadBefore);
        return ratios;
    }

    /** One build of the rules in its own class loader, with its own population and assessor. */
    private static final class Build {
        private final ClassLoader loader;
        private final Object assessor;
        private final Object population;
        private final Object request;
        private final Method assess;

        Build(Path classPathFile, int persons) throws Exception {
            loader = new URLClassLoader(urls(classPathFile), ClassLoader.getPlatformClassLoader());
            LocalDate date = RulesBenchmark.REFERENCE_DATE;
            population = loader.loadClass(Population.class.getName())
                    .getMethod("generate", int.class, long.class, LocalDate.class)
                    .invoke(null, persons, RulesBenchmark.SEED, date);
            Class<?> requestClass = loader.loadClass("nl.tegelijk.assessment.AssessmentRequest");
            request = requestClass.getMethod("on", LocalDate.class).invoke(null, date);
            Class<?> assessorClass = loader.loadClass("nl.tegelijk.rules.DroolsAssessor");
            assessor = withOwnLoader(() -> assessorClass.getMethod("national").invoke(null));
            assess = assessorClass.getMethod("assess", List.class, requestClass);
        }

        void assess() throws Exception {
            withOwnLoader(() -> assess.invoke(assessor, population, request));
        }

        /** Drools finds its services through the context class loader. */
        private Object withOwnLoader(Call call) throws Exception {
            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                return call.run();
            } finally {
                thread.setContextClassLoader(before);
            }
        }

        private static URL[] urls(Path classPathFile) throws IOException {
            List<URL> urls = new ArrayList<>();
            for (String entry : Files.readString(classPathFile).strip().split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    try {
                        urls.add(Path.of(entry).toUri().toURL());
                    } catch (MalformedURLException e) {
                        throw new IllegalArgumentException("Bad class path entry in " + classPathFile, e);
                    }
                }
            }
            return urls.toArray(URL[]::new);
        }
    }

    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }
}
