package nl.tegelijk.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.api.PersonExplanation;
import nl.tegelijk.api.PlanState;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.PlanOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code explain <plan.json> <personId>}: one person's assessment, each track's place and start, and why it does not
 * start earlier, in plain language. Reads the scenario and assessments that {@code run} wrote beside the plan.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains one person's plan: the assessment, each track's place and start, and why not earlier.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<plan.json>", description = "A plan written by run or plan.")
    private Path planFile;

    @Parameters(index = "1", paramLabel = "<personId>", description = "The person to explain.")
    private String personId;

    @Option(names = "--scenario", paramLabel = "<file>",
            description = "The scenario of the plan (default: scenario.json beside the plan).")
    private Path scenarioFile;

    @Option(names = "--assessments", paramLabel = "<file>", description = "The assessments of the plan (default: "
            + "assessments.json beside the plan; when missing, the scenario is assessed with the national rules).")
    private Path assessmentsFile;

    @Option(names = "--lang", defaultValue = "nl", description = "nl or en (default: ${DEFAULT-VALUE}).")
    private Language lang;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        Plan plan = JsonFiles.read(planFile, "plan", new TypeReference<Plan>() { });
        Path folder = planFile.toAbsolutePath().getParent();
        Path scenarioPath = scenarioFile != null ? scenarioFile : folder.resolve("scenario.json");
        if (!Files.isRegularFile(scenarioPath)) {
            throw new UserInputException("scenario file not found: " + scenarioPath + " (give it with --scenario)");
        }
        Scenario scenario = ScenarioFiles.load(scenarioPath, spec.commandLine().getErr());
        if (scenario.persons().stream().noneMatch(p -> p.id().equals(personId))) {
            throw new UserInputException("no person with id " + personId + " in scenario " + scenarioPath);
        }
        Path assessedPath = assessmentsFile != null ? assessmentsFile : folder.resolve("assessments.json");
        try (IntegrationEngine engine = PlanningOptions.engine(List.of(), PlanOptions.defaults())) {
            List<Assessment> assessments = assessmentsFile == null && !Files.isRegularFile(assessedPath)
                    ? engine.assess(scenario)
                    : JsonFiles.read(assessedPath, "assessments", new TypeReference<List<Assessment>>() { });
            Assessment assessment = assessments.stream().filter(a -> a.personId().equals(personId)).findFirst()
                    .orElseThrow(() -> new UserInputException("no assessment for person " + personId + " in "
                            + assessedPath));
            AssessmentText.explain(assessment, lang.english()).forEach(w::println);
            PersonExplanation explanation;
            try {
                explanation = engine.explain(new PlanState(scenario, assessments, plan), personId,
                        lang.english() ? Locale.ENGLISH : Locale.forLanguageTag("nl"));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("the plan, scenario and assessments do not belong together: "
                        + e.getMessage());
            }
            explanation.whyNotEarlier().forEach(w::println);
        }
        return 0;
    }
}
