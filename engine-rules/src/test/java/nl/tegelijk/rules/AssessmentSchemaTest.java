package nl.tegelijk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.QuotaBasis;
import nl.tegelijk.rules.support.RuleCase;
import nl.tegelijk.rules.support.RuleCases;
import org.junit.jupiter.api.Test;

class AssessmentSchemaTest {
    private static final Path SCHEMA = Path.of("..", "docs", "assessment.schema.json");

    private static JsonSchema schema() throws Exception {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(TegelijkJson.mapper().readTree(Files.readString(SCHEMA)));
    }

    @Test
    void everySerializedRuleCaseAssessmentValidatesAgainstTheSchema() throws Exception {
        JsonSchema schema = schema();
        for (RuleCase c : RuleCases.all()) {
            Assessment a = RuleCases.assess(c);
            JsonNode json = TegelijkJson.mapper().readTree(TegelijkJson.mapper().writeValueAsString(a));
            assertThat(schema.validate(json)).as(c.toString()).isEmpty();
            assertThat(TegelijkJson.mapper().treeToValue(json, Assessment.class)).as("round trip").isEqualTo(a);
        }
    }

    @Test
    void aQuotaCheckValidatesAgainstItsDefinitionAndRoundTrips() throws Exception {
        // the definitions of the assessment schema, with the quota check as the document
        com.fasterxml.jackson.databind.node.ObjectNode only = TegelijkJson.mapper().createObjectNode();
        only.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        only.set("$defs", TegelijkJson.mapper().readTree(Files.readString(SCHEMA)).get("$defs"));
        only.put("$ref", "#/$defs/quotaCheck");
        JsonSchema quotaCheck = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(only);
        QuotaCheck check = DroolsAssessor.national().checkQuotas(List.of(new HousingQuota(2016, 1, 180,
                Optional.of(new QuotaBasis(20000, 151543, 16900000, LocalDate.of(2015, 1, 1)))))).get(0);
        JsonNode json = TegelijkJson.mapper().readTree(TegelijkJson.mapper().writeValueAsString(check));

        assertThat(quotaCheck.validate(json)).isEmpty();
        assertThat(TegelijkJson.mapper().treeToValue(json, QuotaCheck.class)).as("round trip").isEqualTo(check);
    }

    @Test
    void schemaRejectsAnAssessmentWithoutARegime() throws Exception {
        Assessment a = RuleCases.assess(RuleCases.load("regime").get(0));
        com.fasterxml.jackson.databind.node.ObjectNode json =
                (com.fasterxml.jackson.databind.node.ObjectNode) TegelijkJson.mapper().valueToTree(a);
        json.remove("regime");
        Set<ValidationMessage> errors = schema().validate(json);
        assertThat(errors).isNotEmpty();
    }
}
