package nl.tegelijk.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.tegelijk.api.IntegrationEngine;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.InvalidAssessmentRequestException;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.PlanOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assess <scenario.json>}: every person's assessment as JSON ({@code docs/assessment.schema.json}), or with
 * {@code --explain <personId>} one person's reasons in plain language.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assesses every person of a scenario under Dutch law (and local policy) and prints the "
                + "assessments as JSON, or explains one person's in plain language.")
final class AssessCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<scenario.json>", description = "The scenario file.")
    private Path scenarioFile;

    @Option(names = "--explain", paramLabel = "<personId>", description = "Explain this person's assessment.")
    private String explainPersonId;

    @Option(names = "--reference-date", description = "Date ages and deadlines are taken on (default: the plan start).")
    private java.time.LocalDate referenceDate;

    @Option(names = "--application-date", description = "Date the law is applied as it stood: case law and changes of "
            + "the law (default: the reference date).")
    private java.time.LocalDate applicationDate;

    @Option(names = "--local-policy", paramLabel = "<file>",
            description = "A local-policy rule file (DRL); repeatable.")
    private List<Path> localPolicy = List.of();

    @Option(names = "--lang", defaultValue = "nl", description = "Language of --explain: nl or en (default: nl).")
    private String lang;

    @Option(names = "--out", description = "Write the JSON to this file instead of the terminal.")
    private Path out;

    @Option(names = "--quotas", description = "Check the housing quotas that state their figures against the law "
            + "(HV-FORMULA-01, Huisvestingswet 2014 art. 29 lid 1) and write those checks as JSON instead of the "
            + "assessments.")
    private boolean quotas;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        if (!lang.equals("nl") && !lang.equals("en")) {
            throw new UserInputException("--lang must be nl or en, not " + lang);
        }
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario = ScenarioFiles.load(scenarioFile, err);
        if (explainPersonId != null && scenario.persons().stream().noneMatch(p -> p.id().equals(explainPersonId))) {
            throw new UserInputException("no person with id " + explainPersonId + " in " + scenarioFile);
        }
        try (IntegrationEngine engine = PlanningOptions.engine(localPolicy, PlanOptions.defaults())) {
            if (quotas) {
                return writeQuotaChecks(engine.checkQuotas(scenario));
            }
            List<Assessment> assessments = assess(engine, scenario);
            if (explainPersonId != null) {
                Assessment assessment = assessments.stream().filter(a -> a.personId().equals(explainPersonId))
                        .findFirst().orElseThrow();
                AssessmentText.explain(assessment, lang.equals("en")).forEach(spec.commandLine().getOut()::println);
                return 0;
            }
            return write(TegelijkJson.writer().writeValueAsString(assessments), assessments.size() + " assessments");
        }
    }

    /** Every person's assessment on the requested dates; dates that cannot be assessed are one clear line. */
    private List<Assessment> assess(IntegrationEngine engine, Scenario scenario) {
        LocalDate reference = Optional.ofNullable(referenceDate).orElse(scenario.planStart());
        try {
            return engine.assess(scenario,
                    new AssessmentRequest(reference, Optional.ofNullable(applicationDate).orElse(reference)));
        } catch (InvalidAssessmentRequestException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private Integer writeQuotaChecks(List<QuotaCheck> checks) throws JsonProcessingException {
        return write(TegelijkJson.writer().writeValueAsString(checks), checks.size() + " quota checks");
    }

    private Integer write(String json, String what) {
        PrintWriter w = spec.commandLine().getOut();
        if (out != null) {
            OutputFiles.write(out, json);
            w.println("Wrote " + what + " to " + out);
        } else {
            w.println(json);
        }
        return 0;
    }
}
