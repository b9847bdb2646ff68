package nl.tegelijk.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.tegelijk.model.Scenario;

class ScenarioGeneratorProperties {

    @Provide
    Arbitrary<GeneratorSettings> settings() {
        Arbitrary<LocalDate> mondays = Arbitraries.integers().between(0, 52 * 12)
                .map(w -> LocalDate.of(2014, 1, 6).plusWeeks(w));
        return Combinators.combine(Arbitraries.integers().between(10, 300), Arbitraries.longs(),
                        Arbitraries.of(Pressure.class), Arbitraries.of(ResourcePreset.class), mondays,
                        Arbitraries.integers().between(26, 156))
                .as((n, seed, pressure, preset, start, weeks) ->
                        new GeneratorSettings(n, seed, pressure, preset, start, weeks, "Voorbeeldstad"));
    }

    @Property(seed = "20261201", tries = 60)
    void everyGeneratedScenarioIsConsistent(@ForAll("settings") GeneratorSettings settings) {
        Statistics.collect(settings.wi2021() ? "Wi2021" : "Wi2013", settings.pressure());
        Scenario s = ScenarioGenerator.generate(settings);
        assertThat(s.planStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(s.persons()).hasSize(settings.persons());
        assertThat(ScenarioChecks.problems(s)).isEmpty();
    }

    @Property(seed = "20261201", tries = 30)
    void equalSettingsGiveEqualScenarios(@ForAll("settings") GeneratorSettings settings) {
        assertThat(ScenarioGenerator.generate(settings)).isEqualTo(ScenarioGenerator.generate(settings));
    }
}
