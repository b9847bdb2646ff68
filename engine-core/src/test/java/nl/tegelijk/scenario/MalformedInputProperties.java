package nl.tegelijk.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.tegelijk.support.ScenarioArbitraries;

/** Whatever the input, the reader answers with a result: never an exception, never a half-loaded scenario. */
class MalformedInputProperties {

    @Property(seed = "20261201", tries = 300)
    void arbitraryTextNeverThrows(@ForAll String text) {
        ScenarioReadResult result = ScenarioReader.fromJson(text);

        assertWholeOrRejected(result);
    }

    @Property(seed = "20261201", tries = 100)
    void arbitraryBytesNeverThrow(@ForAll byte[] bytes) {
        ScenarioReadResult result = ScenarioReader.read(new ByteArrayInputStream(bytes));

        assertWholeOrRejected(result);
    }

    @Provide
    Arbitrary<String> damagedScenarios() {
        return ScenarioArbitraries.scenarios(1, 3).map(ScenarioWriter::toJson).flatMap(json -> {
            Arbitrary<Integer> position = Arbitraries.integers().between(0, json.length() - 1);
            Arbitrary<String> truncated = position.map(p -> json.substring(0, p));
            Arbitrary<String> deleted = Combinators.combine(position, Arbitraries.integers().between(1, 40))
                    .as((p, n) -> json.substring(0, p) + json.substring(Math.min(json.length(), p + n)));
            Arbitrary<String> inserted = Combinators.combine(position,
                            Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "-", "1e999", "null", "x", "\\"))
                    .as((p, s) -> json.substring(0, p) + s + json.substring(p));
            return Arbitraries.oneOf(truncated, deleted, inserted);
        });
    }

    @Property(seed = "20261201", tries = 200)
    void damagedScenarioTextNeverThrowsAndNeverHalfLoads(@ForAll("damagedScenarios") String json) {
        ScenarioReadResult result = ScenarioReader.fromJson(json);

        Statistics.label("outcome").collect(result.isValid() ? "still valid"
                : result.errors().get(0).code().name());
        assertWholeOrRejected(result);
    }

    private static void assertWholeOrRejected(ScenarioReadResult result) {
        if (result.isValid()) {
            assertThat(result.errors()).isEmpty();
            assertThat(ScenarioValidator.validate(result.scenario().orElseThrow()))
                    .noneMatch(ScenarioProblem::isError);
        } else {
            assertThat(result.scenario()).isEmpty();
            assertThat(result.errors()).isNotEmpty().allSatisfy(error -> {
                assertThat(error.field()).startsWith("$");
                assertThat(error.message()).isNotBlank();
                assertThat(error.expected()).isNotBlank();
            });
        }
    }
}
