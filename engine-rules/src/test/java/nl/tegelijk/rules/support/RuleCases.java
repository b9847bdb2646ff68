package nl.tegelijk.rules.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.rules.DroolsAssessor;
import org.junit.jupiter.api.DynamicTest;

/** The one runner of the rule cases in {@code nl/tegelijk/rules/law/<concern>/cases.json}. */
public final class RuleCases {
    /** All concerns, one per DRL file. */
    public static final List<String> CONCERNS = List.of("regime", "exemptions", "duty", "route", "requirements",
            "deadlines", "housing", "asylum_phase", "language", "minors_education", "work", "hours",
            "support_language", "support_participation", "support_health", "support_minors", "support_income",
            "finance");

    private static final Assessor ASSESSOR = DroolsAssessor.national();

    private RuleCases() {
    }

    /** The cases of one concern. */
    public static List<RuleCase> load(String concern) {
        String resource = "/nl/tegelijk/rules/law/" + concern + "/cases.json";
        try (InputStream in = RuleCases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No cases at " + resource);
            }
            List<RuleCase> cases = new ArrayList<>();
            for (JsonNode node : TegelijkJson.mapper().readTree(in)) {
                cases.add(RuleCase.of(concern, node));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case of every concern. */
    public static List<RuleCase> all() {
        List<RuleCase> all = new ArrayList<>();
        CONCERNS.forEach(c -> all.addAll(load(c)));
        return all;
    }

    /** The national assessment of a case. */
    public static Assessment assess(RuleCase c) {
        List<IntegralProfile> batch = new ArrayList<>();
        batch.add(c.profile());
        batch.addAll(c.householdMembers());
        return ASSESSOR.assess(batch, c.request()).get(0);
    }

    /** One dynamic test per case of {@code concern}. */
    public static Stream<DynamicTest> run(String concern) {
        return load(concern).stream().map(c -> DynamicTest.dynamicTest(c.name(),
                () -> RuleCaseCheck.check(c.expect(), assess(c))));
    }
}
