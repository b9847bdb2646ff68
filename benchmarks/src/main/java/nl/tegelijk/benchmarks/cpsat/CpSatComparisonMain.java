package nl.tegelijk.benchmarks.cpsat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.benchmarks.solver.SolverConfigurations;
import nl.tegelijk.benchmarks.support.Spread;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.examples.generate.GeneratorSettings;
import nl.tegelijk.examples.generate.ScenarioGenerator;
import nl.tegelijk.intake.IntakeMerger;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.monitoring.PlanMetrics;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanAssembler;
import nl.tegelijk.planning.PlanMethod;
import nl.tegelijk.planning.PlanOptions;
import nl.tegelijk.planning.Planner;
import nl.tegelijk.planning.domain.GreedyScheduler;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.PlanningSchedule;
import nl.tegelijk.planning.domain.ProblemBuilder;
import nl.tegelijk.planning.domain.Slot;
import nl.tegelijk.planning.domain.TrackAssignment;
import nl.tegelijk.planning.validation.PlanValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Tegelijk against the CP-SAT reference at equal time: for generated scenarios of several sizes, solves with the
 * {@link Planner} and with {@link CpSatReference} for the same time limit, evaluates both solutions with the same
 * {@link ReferenceObjective}, and prints the objectives, CP-SAT's proven lower bound and the gap of each to it; also
 * writes the table as CSV. See {@code benchmarks/README.md} for the command.
 *
 * <p>Arguments (all optional): {@code --persons 10,25,50,200,2000 --seconds 30 --workers 2 --seeds 1,2,3,4,5
 * --csv benchmarks/target/cpsat-comparison.csv}. With several seeds it ends with a summary per size over the seeds:
 * on how many Tegelijk's medium part is below, equal to or above CP-SAT's, and where equal, the median and range of
 * Tegelijk's soft part against CP-SAT's as a share of CP-SAT's.
 */
public final class CpSatComparisonMain {

    private CpSatComparisonMain() {
    }

    /** One row of the table. */
    record Row(int persons, long seed, int tracks, int choices, ReferenceObjective.Value warmStart,
               CpSatReference.Result cpSat,
               ReferenceObjective.Value cpSatValue, int cpSatViolations, ReferenceObjective.Value tegelijk,
               int tegelijkViolations, int tegelijkOutOfRange, long tegelijkMillis, long scale,
               List<String> differences, double tegelijkWeeks, double cpSatWeeks) {
    }

    public static void main(String[] args) throws IOException {
        Optional<Settings> parsed = Settings.parse(args);
        if (parsed.isEmpty()) {
            return;
        }
        Settings settings = parsed.get();
        Assessor assessor = AssessorProvider.load().create(List.of());
        List<Row> rows = new ArrayList<>();
        System.out.printf("CP-SAT reference: seeds %s, %d s per solver, CP-SAT with %d workers; load average %.2f%n",
                settings.seeds, settings.seconds, settings.workers, Spread.loadAverage());
        for (int persons : settings.persons) {
            for (long seed : settings.seeds) {
                Scenario scenario = ScenarioGenerator.generate(GeneratorSettings.of(persons, seed));
                List<Assessment> assessments = assessor.assess(IntakeMerger.merge(scenario),
                        AssessmentRequest.on(scenario.planStart()));
                rows.add(compare(scenario, assessments, persons, seed, settings));
                print(rows);
            }
        }
        if (settings.seeds.size() > 1) {
            summary(rows).forEach(System.out::println);
        }
        System.out.printf("load average at the end %.2f%n", Spread.loadAverage());
        writeCsv(settings, rows);
    }

    /**
     * Per size over the seeds: on how many Tegelijk's medium part is below, equal to or above CP-SAT's (CP-SAT
     * solved), and where equal, the median and range of Tegelijk's soft part minus CP-SAT's as a share of CP-SAT's.
     */
    static List<String> summary(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Summary over seeds (Tegelijk against CP-SAT's plan at equal time):");
        lines.add("%7s %6s %8s %8s %8s %8s %30s".formatted("persons", "seeds", "no CPSAT", "medium<", "medium=",
                "medium>", "soft gap where medium= (median, range)"));
        Map<Integer, List<Row>> bySize = new TreeMap<>();
        rows.forEach(r -> bySize.computeIfAbsent(r.persons(), k -> new ArrayList<>()).add(r));
        bySize.forEach((persons, list) -> {
            int unsolved = 0;
            int below = 0;
            int above = 0;
            List<Double> softGaps = new ArrayList<>();
            for (Row r : list) {
                if (!r.cpSat().solved()) {
                    unsolved++;
                } else if (r.tegelijk().medium() < r.cpSatValue().medium()) {
                    below++;
                } else if (r.tegelijk().medium() > r.cpSatValue().medium()) {
                    above++;
                } else {
                    softGaps.add(100.0 * (r.tegelijk().soft() - r.cpSatValue().soft())
                            / Math.max(1, r.cpSatValue().soft()));
                }
            }
            lines.add("%7d %6d %8d %8d %8d %8d %30s".formatted(persons, list.size(), unsolved, below, softGaps.size(),
                    above, softGaps.isEmpty() ? "-" : Spread.of(softGaps).format(2) + " %"));
        });
        return lines;
    }

    static Row compare(Scenario scenario, List<Assessment> assessments, int persons, long seed, Settings settings) {
        // Equal time: the planner's time limit only (no unimproved-time limit), CP-SAT's the same.
        PlanOptions options = PlanOptions.defaults().withTimeLimit(Duration.ofSeconds(settings.seconds))
                .withoutUnimprovedTimeLimit().withRandomSeed(seed);
        ReferenceInstance instance = ReferenceInstance.of(scenario, assessments, options);
        ReferenceObjective objective = ReferenceObjective.of(instance);

        long started = System.nanoTime();
        Plan tegelijk = settings.config == null ? Planner.create().plan(scenario, assessments, options)
                : solveWith(settings.config, scenario, assessments, seed, settings);
        long tegelijkMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Slot> tegelijkAssignment = instance.assignmentOf(tegelijk);
        int tegelijkViolations = PlanValidator.validate(scenario, assessments, tegelijk).size();

        CpSatReference.Result cpSat = CpSatReference.solve(instance, objective, Duration.ofSeconds(settings.seconds),
                settings.workers, (int) seed);
        ReferenceObjective.Value cpSatValue = null;
        int cpSatViolations = -1;
        List<String> differences = List.of();
        double cpSatWeeks = Double.NaN;
        if (cpSat.solved()) {
            cpSatValue = objective.evaluate(cpSat.assignment());
            if (cpSatValue.total() != cpSat.objective()) {
                throw new IllegalStateException("CP-SAT objective (%d) differs from its evaluation (%d)"
                        .formatted(cpSat.objective(), cpSatValue.total()));
            }
            Plan cpSatPlan = instance.toPlan(cpSat.assignment(), PlanMethod.CP_SAT, options);
            cpSatViolations = PlanValidator.validate(scenario, assessments, cpSatPlan).size();
            differences = differences(tegelijk, cpSatPlan);
            cpSatWeeks = PlanMetrics.of(scenario, assessments, cpSatPlan).meanWeeksToFullParticipation();
        }
        return new Row(persons, seed, instance.entities().size(), cpSat.choices(), objective.evaluate(instance.warmStart()),
                cpSat, cpSatValue, cpSatViolations,
                objective.evaluate(tegelijkAssignment), tegelijkViolations,
                outsideRanges(instance, tegelijkAssignment), tegelijkMillis, objective.mediumScale(), differences,
                PlanMetrics.of(scenario, assessments, tegelijk).meanWeeksToFullParticipation(), cpSatWeeks);
    }

    /**
     * Tegelijk's plan made with a configuration of {@link SolverConfigurations} instead of the {@link Planner}: the
     * problem as the planner builds it (its warm-start phase, least slack first), the seed and time limit of
     * {@code settings} and {@code seed}, {@code REPRODUCIBLE}, assembled as the planner assembles its plan.
     */
    private static Plan solveWith(String name, Scenario scenario, List<Assessment> assessments, long seed,
                                  Settings settings) {
        SolverConfig config = SolverConfigurations.named(List.of(name)).get(name)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(settings.seconds));
        PlanningProblem problem = ProblemBuilder.build(scenario, assessments);
        problem.schedule().setWarmStartPolicy(GreedyScheduler.Policy.LEAST_SLACK);
        PlanningSchedule solved = SolverFactory.<PlanningSchedule>create(config).buildSolver()
                .solve(problem.schedule());
        return PlanAssembler.assemble(scenario, new PlanningProblem(problem.calendar(), solved, problem.eligible(),
                problem.slots()), PlanMethod.OPTIMISED, Map.of(), false);
    }

    /** The constraints whose impact (Timefold's score analysis) differs between the two plans. */
    private static List<String> differences(Plan tegelijk, Plan cpSat) {
        Map<String, Long> ours = impacts(tegelijk);
        Map<String, Long> theirs = impacts(cpSat);
        Set<String> names = new TreeSet<>(ours.keySet());
        names.addAll(theirs.keySet());
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            long a = ours.getOrDefault(name, 0L);
            long b = theirs.getOrDefault(name, 0L);
            if (a != b) {
                lines.add("%s: Tegelijk %d, CP-SAT %d".formatted(name, a, b));
            }
        }
        return lines;
    }

    private static Map<String, Long> impacts(Plan plan) {
        Map<String, Long> impacts = new TreeMap<>();
        plan.explanation().constraints().forEach(c -> impacts.merge(c.constraint(), c.impact(), Long::sum));
        return impacts;
    }

    /**
     * Tegelijk's slots that are not among the choices the CP-SAT model offered ({@link ReferenceInstance#choicesOf}, a
     * window of the value range): where Tegelijk may beat the reference's optimum.
     */
    private static int outsideRanges(ReferenceInstance instance, Map<String, Slot> assignment) {
        int outside = 0;
        for (TrackAssignment a : instance.entities()) {
            Slot s = assignment.get(a.getId());
            outside += s != null && !new HashSet<>(instance.choicesOf(a)).contains(s) ? 1 : 0;
        }
        return outside;
    }

    static void print(List<Row> rows) {
        System.out.println();
        System.out.println("(gaps to the bound as a share of the bound's soft part; Tegelijk against CP-SAT's plan as a "
                + "share of CP-SAT's soft part)");
        System.out.printf("%7s %6s %7s %9s %14s %14s %14s %13s %13s %13s %13s %16s %16s %16s%n", "persons", "tracks",
                "choices", "CP-SAT", "CP-SAT obj", "CP-SAT bound", "Tegelijk obj", "warm m/s", "CP-SAT m/s",
                "bound m/s", "Tegelijk m/s", "gap CP-SAT", "gap Tegelijk", "Tegelijk-CP-SAT");
        for (Row r : rows) {
            CpSatReference.Result c = r.cpSat();
            System.out.printf("%7d %6d %7d %9s %14s %14d %14d %13s %13s %13s %13s %16s %16s %16s%n", r.persons(),
                    r.tracks(), r.choices(), c.status(), c.solved() ? Long.toString(c.objective()) : "-", c.bound(),
                    r.tegelijk().total(), levels(r.warmStart()), c.solved() ? levels(r.cpSatValue()) : "-",
                    boundLevels(r),
                    levels(r.tegelijk()), c.solved() ? gapToBound(r.cpSatValue(), c.bound(), r.scale()) : "-",
                    gapToBound(r.tegelijk(), c.bound(), r.scale()),
                    c.solved() ? gapToReference(r.tegelijk(), r.cpSatValue()) : "-");
        }
        Row last = rows.get(rows.size() - 1);
        System.out.printf("(last row: medium scale %d; CP-SAT model built in %d ms, solved in %d ms; Tegelijk %d ms; "
                        + "hard violations CP-SAT %d, Tegelijk %d; Tegelijk slots outside the CP-SAT choices %d; "
                        + "range slots breaking a hard rule %d)%n", last.scale(), last.cpSat().buildMillis(),
                last.cpSat().solveMillis(), last.tegelijkMillis(), last.cpSatViolations(), last.tegelijkViolations(),
                last.tegelijkOutOfRange(), last.cpSat().slotsOutsideRules());
        System.out.printf("(last row: mean weeks to full participation, as monitoring defines it: Tegelijk %.1f, "
                + "CP-SAT %.1f)%n", last.tegelijkWeeks(), last.cpSatWeeks());
        last.differences().forEach(d -> System.out.println("  " + d));
    }

    private static String levels(ReferenceObjective.Value v) {
        return v.medium() + "/" + v.soft();
    }

    /** The bound split into levels: the least medium part, and the least soft part at that medium part. */
    private static String boundLevels(Row r) {
        long medium = Math.floorDiv(r.cpSat().bound(), r.scale());
        return medium + "/" + (r.cpSat().bound() - medium * r.scale());
    }

    /**
     * The gap of a solution to the bound: the medium units above the least medium part the bound allows, or when the
     * medium part is that least one, the soft units above the soft bound and their share of the bound's soft part
     * (the total's relative gap would hide it behind the scale of the medium level; a share of the solution's own soft
     * part would shrink as the solution gets worse).
     */
    static String gapToBound(ReferenceObjective.Value v, long bound, long scale) {
        long medium = Math.floorDiv(bound, scale);
        if (v.medium() > medium) {
            return "+" + (v.medium() - medium) + " medium";
        }
        long boundSoft = bound - medium * scale;
        return share(v.soft() - boundSoft, boundSoft);
    }

    /**
     * Tegelijk's solution against CP-SAT's: the difference in medium units where the medium parts differ, else in soft
     * units with their share of CP-SAT's soft part (negative: Tegelijk's plan is better).
     */
    static String gapToReference(ReferenceObjective.Value tegelijk, ReferenceObjective.Value reference) {
        if (tegelijk.medium() != reference.medium()) {
            return "%+d medium".formatted(tegelijk.medium() - reference.medium());
        }
        return share(tegelijk.soft() - reference.soft(), reference.soft());
    }

    private static String share(long units, long of) {
        if (units == 0) {
            return "0";
        }
        return of == 0 ? "%+d".formatted(units)
                : String.format(java.util.Locale.ROOT, "%+d (%.1f%%)", units, 100.0 * units / of);
    }

    private static void writeCsv(Settings settings, List<Row> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("persons,seed,seconds,workers,tracks,choices,cpsat_status,cpsat_objective,cpsat_medium,cpsat_soft,"
                + "cpsat_bound,warm_start_objective,tegelijk_objective,tegelijk_medium,tegelijk_soft,cpsat_gap,"
                + "tegelijk_gap,tegelijk_minus_cpsat,"
                + "medium_scale,cpsat_build_ms,cpsat_solve_ms,tegelijk_ms,cpsat_violations,tegelijk_violations,"
                + "tegelijk_mean_weeks_to_full_participation,cpsat_mean_weeks_to_full_participation");
        for (Row r : rows) {
            CpSatReference.Result c = r.cpSat();
            ReferenceObjective.Value v = r.cpSatValue();
            lines.add(String.join(",", List.of(str(r.persons()), str(r.seed()), str(settings.seconds),
                    str(settings.workers), str(r.tracks()), str(r.choices()), c.status(), str(c.objective()),
                    v == null ? "" : str(v.medium()), v == null ? "" : str(v.soft()), str(c.bound()),
                    str(r.warmStart().total()), str(r.tegelijk().total()), str(r.tegelijk().medium()),
                    str(r.tegelijk().soft()),
                    c.solved() ? gapToBound(v, c.bound(), r.scale()) : "", gapToBound(r.tegelijk(), c.bound(),
                            r.scale()), c.solved() ? gapToReference(r.tegelijk(), v) : "",
                    str(r.scale()), str(c.buildMillis()),
                    str(c.solveMillis()), str(r.tegelijkMillis()), str(r.cpSatViolations()),
                    str(r.tegelijkViolations()), String.format(java.util.Locale.ROOT, "%.2f", r.tegelijkWeeks()),
                    Double.isNaN(r.cpSatWeeks()) ? "" : String.format(java.util.Locale.ROOT, "%.2f",
                            r.cpSatWeeks()))));
        }
        Files.createDirectories(settings.csv.toAbsolutePath().getParent());
        Files.write(settings.csv, lines);
        System.out.println("Wrote " + settings.csv);
    }

    private static String str(long value) {
        return Long.toString(value);
    }

    /** The command-line arguments. */
    @Command(name = "CpSatComparisonMain", mixinStandardHelpOptions = true,
            description = "Tegelijk against the CP-SAT reference at equal time on generated scenarios; prints and "
                    + "writes as CSV both objectives, CP-SAT's bound and the gaps (about 5 minutes with the defaults; "
                    + "use -Xmx8g).")
    static final class Settings {
        @Option(names = "--persons", split = ",", description = "Sizes of the generated scenarios "
                + "(default: ${DEFAULT-VALUE}).", defaultValue = "10,25,50,200,2000")
        List<Integer> persons = List.of(10, 25, 50, 200, 2000);

        @Option(names = "--seconds", description = "Time limit of each solver (default: ${DEFAULT-VALUE}).",
                defaultValue = "30")
        long seconds = 30;

        @Option(names = "--workers", description = "CP-SAT workers (default: ${DEFAULT-VALUE}).", defaultValue = "2")
        int workers = 2;

        @Option(names = {"--seeds", "--seed"}, split = ",", description = "Generator and solver seeds, each size "
                + "solved once per seed (default: ${DEFAULT-VALUE}).", defaultValue = "1")
        List<Long> seeds = List.of(1L);

        @Option(names = "--config", description = "Make Tegelijk's plan with this configuration of "
                + "SolverConfigurations (its warm-start phase included) instead of the Planner (default: the Planner).")
        String config;

        @Option(names = "--csv", description = "Where to write the table (default: ${DEFAULT-VALUE}).",
                defaultValue = "benchmarks/target/cpsat-comparison.csv")
        Path csv = Path.of("benchmarks/target/cpsat-comparison.csv");

        /**
         * The settings {@code args} give, or empty after printing the usage ({@code --help}).
         *
         * @throws IllegalArgumentException naming an unknown option or a value that is not a number
         */
        static Optional<Settings> parse(String[] args) {
            Settings s = new Settings();
            CommandLine cli = new CommandLine(s);
            try {
                cli.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                throw new IllegalArgumentException(e.getMessage() + " (see --help)", e);
            }
            if (cli.isUsageHelpRequested() || cli.isVersionHelpRequested()) {
                cli.usage(System.out);
                return Optional.empty();
            }
            return Optional.of(s);
        }
    }
}
