package nl.tegelijk.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioProblem;
import nl.tegelijk.scenario.ScenarioReadResult;
import nl.tegelijk.scenario.ScenarioReader;
import nl.tegelijk.scenario.ScenarioWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the generator and the built-in scenarios produce is read back, through JSON, as a valid, equal scenario. */
class GeneratedScenariosPassTheValidatorTest {

    static Stream<Arguments> scenarios() {
        Stream<Arguments> generated = Stream.of(Pressure.values()).flatMap(pressure ->
                Stream.of(ResourcePreset.values()).map(preset -> {
                    GeneratorSettings base = GeneratorSettings.of(300, 7).withPressure(pressure);
                    GeneratorSettings settings = preset == ResourcePreset.ZAANSTAD_2016
                            ? base.withPlace(preset, java.time.LocalDate.of(2016, 4, 4), "Zaanstad")
                            : base.withPlace(preset, java.time.LocalDate.of(2025, 1, 6), "Zaanstad");
                    return Arguments.of(preset + "/" + pressure, ScenarioGenerator.generate(settings));
                }));
        Stream<Arguments> builtIn = BuiltInScenarios.names().stream()
                .map(name -> Arguments.of(name, BuiltInScenarios.byName(name)));
        return Stream.concat(builtIn, generated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void writtenAndReadBackItIsValidAndEqual(String name, Scenario scenario) {
        ScenarioReadResult read = ScenarioReader.fromJson(ScenarioWriter.toJson(scenario));

        assertThat(read.errors()).extracting(ScenarioProblem::describe).isEmpty();
        assertThat(read.scenario()).contains(scenario);
    }
}
