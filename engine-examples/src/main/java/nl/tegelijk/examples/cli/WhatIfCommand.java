package nl.tegelijk.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.tegelijk.api.CapacityChange;
import nl.tegelijk.api.CapacityVariant;
import nl.tegelijk.api.FigureChange;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.api.VariantOutcome;
import nl.tegelijk.api.WhatIf;
import nl.tegelijk.api.WhatIfProgress;
import nl.tegelijk.api.WhatIfRequest;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code whatif <scenario> [--add <place or kind>:<amount> ...]}: plans the base scenario and each variant under the
 * same seeds and time budget through {@link IntegrationEngine#whatIf}, and writes the base run's outputs plus
 * {@code whatif.md} and {@code whatif.csv}; without {@code --add} the engine finds the bottlenecks itself.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = "Capacity what-if: which extra dwelling, course group, school place or placement buys the most "
                + "weeks. Plans the base and each variant under the same seeds and time budget.")
final class WhatIfCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<scenario>", description = "A built-in scenario name or a scenario file.")
    private String scenario;

    @Option(names = "--add", paramLabel = "<place or kind>:<amount>",
            description = "One variant: a dwelling, course group, school class or placement id, or a kind of place "
                    + "(e.g. DWELLING_3_ROOMS, B1_ROUTE, ISK, PAID_JOB), and how many units; repeatable, one variant "
                    + "each. Without it the bottlenecks are found and tried one unit each.")
    private List<String> adds = List.of();

    @Option(names = "--seeds", defaultValue = "3", description = "Seeds per variant (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--candidates", defaultValue = "4",
            description = "Without --add: how many of the most pressed kinds of place to try (default: "
                    + "${DEFAULT-VALUE}).")
    private int candidates;

    @Option(names = "--parallel", paramLabel = "<plans>",
            description = "Plans solved at the same time (default: one per available processor).")
    private Integer parallel;

    @Mixin
    private PlanningOptions options;

    @Option(names = "--lang", defaultValue = "nl", description = "Language of the outputs: nl or en "
            + "(default: ${DEFAULT-VALUE}).")
    private Language lang;

    @Option(names = "--out-dir", description = "Output folder (default: tegelijk-output/<scenario>-whatif).")
    private Path outDir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter w = spec.commandLine().getOut();
        Scenario loaded = ScenarioFiles.builtInOrFile(scenario, spec.commandLine().getErr());
        Path dir = outDir != null ? outDir : Path.of("tegelijk-output", ScenarioFiles.folderName(scenario)
                + "-whatif");
        List<CapacityVariant> variants = variants();
        ScenarioSummary.of(loaded).render().forEach(w::println);
        try (IntegrationEngine engine = options.engine()) {
            List<Assessment> assessments = engine.assess(loaded);
            WhatIfRequest.Builder request = WhatIfRequest.builder().variants(variants).seeds(seeds)
                    .candidates(candidates).options(options.planOptions()).progress(p -> progress(w, p));
            if (parallel != null) {
                request.parallelism(parallel);
            }
            WhatIfRequest built = build(request);
            w.println("Assessed " + assessments.size() + " persons; what-if of " + (variants.isEmpty()
                    ? "the " + candidates + " most pressed kinds of place" : variants.size() + " variant(s)")
                    + " over " + seeds + " seed(s), each plan " + options.planningFor() + ", "
                    + built.parallelism() + " at a time" + expected(built, variants) + "...");
            WhatIf whatIf = whatIf(engine, loaded, assessments, built);
            summary(whatIf).forEach(w::println);
            PlanCommand.PlanRun run = PlanCommand.PlanRun.of(engine, new PlanState(loaded, assessments,
                    whatIf.basePlan()), w);
            Path shown = RunOutputs.writeWithWhatIf(dir, loaded, run, lang, whatIf);
            w.println("Outputs written to " + shown + ": whatif.md, whatif.csv, " + String.join(", ",
                    RunOutputs.FILES) + ", plan.html, report.md, report.html");
        }
        w.printf(Locale.ROOT, "Total time %.1f s%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private WhatIfRequest build(WhatIfRequest.Builder request) {
        try {
            return request.build();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static WhatIf whatIf(IntegrationEngine engine, Scenario scenario, List<Assessment> assessments,
                                 WhatIfRequest request) {
        try {
            return engine.whatIf(scenario, assessments, request);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** With a time limit, how long the what-if takes at most: rounds of plans, each the whole time limit. */
    private String expected(WhatIfRequest request, List<CapacityVariant> variants) {
        if (options.moves != null) {
            return "";
        }
        int plans = seeds * (1 + (variants.isEmpty() ? candidates : variants.size()));
        long rounds = seeds / request.parallelism() + (seeds % request.parallelism() == 0 ? 0 : 1)
                + (long) Math.ceil((double) (plans - seeds) / request.parallelism());
        return "; " + plans + " plans at most, about " + rounds * options.timeLimit.toSeconds() + " s at most";
    }

    /** One variant per {@code --add}. */
    private List<CapacityVariant> variants() {
        List<CapacityVariant> out = new ArrayList<>();
        for (String add : adds) {
            int colon = add.lastIndexOf(':');
            int amount;
            try {
                amount = colon < 1 ? -1 : Integer.parseInt(add.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                amount = -1;
            }
            if (amount < 1) {
                throw new UserInputException("--add '" + add + "' must be <place or kind>:<amount> with a positive "
                        + "amount, e.g. DWELLING_3_ROOMS:2 or D-7:1");
            }
            out.add(CapacityVariant.of(List.of(new CapacityChange(add.substring(0, colon).trim(), amount))));
        }
        return out;
    }

    private static void progress(PrintWriter w, WhatIfProgress p) {
        w.printf(Locale.ROOT, "  [%d/%d] %s, seed %d: %.1f weeks to full participation (mean), %.1f s%n", p.done(),
                p.total(), p.variant(), p.seed(), p.meanWeeksToFullParticipation(), p.planMillis() / 1000.0);
        w.flush();
    }

    /** The ranked variants in a few lines. */
    static List<String> summary(WhatIf whatIf) {
        List<String> lines = new ArrayList<>();
        lines.add("Where capacity buys the most (weeks gained = fall in total weeks to full participation, required):");
        lines.add(String.format(Locale.ROOT, "  %-3s %-36s %5s %26s %9s %8s", "#", "variant", "units",
                "weeks gained (min .. max)", "per unit", "real"));
        for (int i = 0; i < whatIf.variants().size(); i++) {
            VariantOutcome v = whatIf.variants().get(i);
            FigureChange g = v.weeksGained();
            lines.add(String.format(Locale.ROOT, "  %-3d %-36s %5d %26s %9.1f %8s", i + 1, v.variant().name(),
                    v.variant().units(), String.format(Locale.ROOT, "%.1f (%.1f .. %.1f)", g.mean() + 0.0, g.min() + 0.0,
                            g.max() + 0.0), v.weeksGainedPerUnit() + 0.0, g.beyondSpread() ? "yes" : "no"));
        }
        if (whatIf.variants().isEmpty()) {
            lines.add("  no place was full while someone eligible waited: no variant to try");
        }
        lines.add(String.format(Locale.ROOT, "What-if done: %d plan(s) in %.1f s", whatIf.seeds().size()
                * (1 + whatIf.variants().size()), whatIf.elapsedMillis() / 1000.0));
        return lines;
    }
}
