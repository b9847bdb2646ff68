package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.time.LocalDate;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.support.ExampleScenario;
import org.junit.jupiter.api.Test;

class ExampleScenarioTest {

    @Test
    void exampleScenarioLoadsWithoutErrorsOrWarnings() {
        ScenarioReadResult result = ScenarioReader.read(ExampleScenario.PATH);

        assertThat(result.problems()).isEmpty();
        Scenario scenario = result.scenario().orElseThrow();
        assertThat(scenario.municipality()).isEqualTo("Zaanstad");
        assertThat(scenario.planStart()).isEqualTo(LocalDate.of(2016, 4, 4));
        assertThat(scenario.persons()).hasSize(11);
        assertThat(scenario.households()).hasSize(5);
    }

    @Test
    void exampleScenarioConformsToTheSchemaOnItsOwn() {
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(ScenarioFormat.schema(), SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                        .build());

        assertThat(schema.validate(ExampleScenario.tree())).isEmpty();
    }

    @Test
    void exampleScenarioCoversTheCasesItPromises() {
        Scenario scenario = ExampleScenario.scenario();

        assertThat(scenario.persons()).extracting(p -> p.status()).contains(ResidenceStatus.values());
        assertThat(scenario.persons()).anyMatch(p -> p.status() == ResidenceStatus.PERMIT_HOLDER
                && p.linkedToMunicipalityDate().isPresent());
        assertThat(scenario.persons()).anyMatch(p -> p.status() == ResidenceStatus.PERMIT_HOLDER
                && p.linkedToMunicipalityDate().isEmpty());
        assertThat(scenario.persons()).anyMatch(p -> p.unaccompaniedMinor());
        assertThat(scenario.persons()).anyMatch(p -> !p.schooling().literate() && p.ageOn(scenario.planStart()) >= 18);
        assertThat(scenario.persons()).anyMatch(p -> p.permitKind() == PermitKind.EU_FREE_MOVEMENT);
        assertThat(scenario.intakeReports().stream().map(r -> r.party()).distinct().count()).isEqualTo(3);
        assertThat(scenario.courseGroups()).anyMatch(c -> c.rollingIntake()).anyMatch(c -> !c.rollingIntake());
        assertThat(scenario.housingQuotas()).hasSize(2);
    }
}
