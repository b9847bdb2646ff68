package nl.tegelijk.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.tegelijk.api.Change;
import nl.tegelijk.api.ChangeProblem;
import nl.tegelijk.api.ChangeReadResult;
import nl.tegelijk.api.ChangeReader;
import nl.tegelijk.api.ChangeWriter;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.InvalidChangeException;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.api.Replan;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.validation.PlanViolation;
import nl.tegelijk.scenario.ScenarioProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code replan <plan-dir or state.json> <changes.json> --as-of 2016-09-05}: the weekly replan through the facade. Reads
 * the plan state that {@code run} or an earlier {@code replan} wrote, applies the week's changes, checks the new plan
 * with the independent validator (also that the past did not move), and writes what {@code run} writes plus the new
 * state and the diff.
 */
@Command(name = "replan", mixinStandardHelpOptions = true,
        description = "Replans a week: applies the changes (docs/changes.schema.json) to the plan state that run or "
                + "replan wrote, validates, and writes the new plan, state and what moved for whom and why.")
final class ReplanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<plan-dir or state.json>",
            description = "An output folder of run or replan (its state.json, else scenario.json, assessments.json "
                    + "and plan.json), or a state file.")
    private Path input;

    @Parameters(index = "1", paramLabel = "<changes.json>", description = "The week's changes.")
    private Path changesFile;

    @Option(names = "--as-of", required = true, paramLabel = "<Monday>",
            description = "The first day of the first week that may still change, e.g. 2016-09-05.")
    private LocalDate asOf;

    @Mixin
    private PlanningOptions options;

    @Option(names = "--lang", defaultValue = "nl", description = "nl or en (default: ${DEFAULT-VALUE}).")
    private Language lang;

    @Option(names = "--out-dir", description = "Output folder (default: replan-<as-of> beside the input's folder).")
    private Path outDir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanState previous = StateFiles.load(input, err);
        List<Change> changes = readChanges(err);
        w.println("Replanning " + changes.size() + " change(s) as of " + asOf + " for " + previous.scenario()
                .persons().size() + " persons, " + options.planningFor() + "...");
        try (IntegrationEngine engine = options.engine()) {
            Replan replan = replan(engine, previous, changes, err);
            List<PlanViolation> violations = engine.validate(previous, replan);
            if (!violations.isEmpty()) {
                violations.forEach(v -> err.println("VIOLATION " + v));
                err.println("tegelijk: the replan breaks " + violations.size() + " hard rule(s) or the past, listed "
                        + "above; nothing was written. Maybe report this as a bug with the state and changes attached.");
                return TegelijkCommand.EXIT_INVALID_PLAN;
            }
            PlanState next = replan.state();
            w.println("Score " + next.plan().score().asText() + "; the independent validator found no broken hard "
                    + "rule and no started activity moved.");
            PlanCommand.PlanRun run = PlanCommand.PlanRun.of(engine, next, w);
            Path dir = outDir != null ? outDir : defaultOutDir();
            Path shown = RunOutputs.writeReplanned(dir, next.scenario(), run, lang, asOf);
            OutputFiles.write(dir.resolve("changes.json"), ChangeWriter.toJson(changes));
            List<String> diff = ReplanDiff.markdown(replan, asOf.toString(), lang.english());
            OutputFiles.write(dir.resolve("diff.md"), String.join(System.lineSeparator(), diff)
                    + System.lineSeparator());
            OutputFiles.write(dir.resolve("diff.csv"), ReplanDiff.csv(replan));
            w.println(replan.moves().size() + " track(s) changed:");
            ReplanDiff.countByReason(replan).forEach((reason, n) -> w.printf("  %-22s %5d  %s%n", reason, n,
                    ReplanDiff.why(reason, lang.english())));
            w.println("Outputs written to " + shown + ": " + String.join(", ", RunOutputs.FILES)
                    + ", changes.json, diff.md, diff.csv, plan.html, report.md, report.html");
            w.println("  next week: java -jar tegelijk.jar replan " + shown + " <changes.json> --as-of "
                    + asOf.plusWeeks(1));
        }
        return 0;
    }

    private Replan replan(IntegrationEngine engine, PlanState previous, List<Change> changes, PrintWriter err) {
        try {
            return engine.replan(previous, changes, asOf, options.planOptions());
        } catch (InvalidChangeException e) {
            e.problems().stream().map(ChangeProblem::describe).forEach(err::println);
            throw new UserInputException("the changes in " + changesFile + " do not fit the plan state: "
                    + e.problems().size() + " problem(s), listed above; nothing was replanned");
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private List<Change> readChanges(PrintWriter err) {
        if (!Files.isRegularFile(changesFile)) {
            throw new UserInputException("changes file not found: " + changesFile);
        }
        ChangeReadResult read = ChangeReader.read(changesFile);
        read.problems().stream().map(ScenarioProblem::describe).forEach(err::println);
        if (!read.isValid()) {
            throw new UserInputException("changes file " + changesFile + " has " + read.problems().size()
                    + " error(s), listed above; nothing was replanned");
        }
        return read.orElseThrow();
    }

    /** {@code replan-<as-of>} in the folder the input belongs to (beside an earlier replan's folder). */
    private Path defaultOutDir() {
        Path folder = Files.isDirectory(input) ? input.toAbsolutePath().normalize()
                : input.toAbsolutePath().normalize().getParent();
        if (folder.getFileName() != null && folder.getFileName().toString().startsWith("replan-")) {
            folder = folder.getParent();
        }
        return folder.resolve("replan-" + asOf);
    }

    /** Reads a plan state: a state file, or an output folder of {@code run} or {@code replan}. */
    static final class StateFiles {

        private StateFiles() {
        }

        static PlanState load(Path input, PrintWriter err) {
            if (Files.isRegularFile(input)) {
                return JsonFiles.read(input, "plan state", new TypeReference<PlanState>() { });
            }
            if (!Files.isDirectory(input)) {
                throw new UserInputException("neither a plan folder nor a state file: " + input);
            }
            if (Files.isRegularFile(input.resolve("state.json"))) {
                return JsonFiles.read(input.resolve("state.json"), "plan state",
                        new TypeReference<PlanState>() { });
            }
            Scenario scenario = ScenarioFiles.load(input.resolve("scenario.json"), err);
            List<Assessment> assessments = JsonFiles.read(input.resolve("assessments.json"), "assessments",
                    new TypeReference<List<Assessment>>() { });
            Plan plan = JsonFiles.read(input.resolve("plan.json"), "plan", new TypeReference<Plan>() { });
            try {
                return new PlanState(scenario, assessments, plan);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("the scenario, assessments and plan in " + input + " do not belong "
                        + "together: " + e.getMessage());
            }
        }
    }
}
