package nl.tegelijk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.tegelijk.scenario.ProblemCode;

/**
 * Whatever the bytes, the change reader answers with a whole valid batch or a clear error naming a JSON path: never an
 * exception, never half a batch.
 */
class ChangeReaderProperties {

    private static final String BATCH = ChangeWriter.toJson(ChangeBatches.everyKind());

    @Property(tries = 200, seed = "20160905")
    void arbitraryBytesGiveAValidBatchOrAClearError(@ForAll byte[] bytes) {
        assertWholeOrRejected(ChangeReader.read(new ByteArrayInputStream(bytes)));
    }

    @Property(tries = 300, seed = "20160905")
    void damagedBatchBytesGiveAValidBatchOrAClearError(@ForAll("damagedBatches") byte[] bytes) {
        ChangeReadResult result = ChangeReader.read(new ByteArrayInputStream(bytes));

        Statistics.label("outcome").collect(result.isValid() ? "still valid" : result.problems().get(0).code().name());
        assertWholeOrRejected(result);
        Statistics.label("outcome").coverage(c -> {
            c.check("still valid").count(n -> n > 0);
            c.check(ProblemCode.MALFORMED_JSON.name()).count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<byte[]> damagedBatches() {
        byte[] json = BATCH.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, json.length - 1);
        Arbitrary<byte[]> truncated = position.map(p -> java.util.Arrays.copyOf(json, p));
        Arbitrary<byte[]> flipped = Combinators.combine(position, Arbitraries.bytes())
                .as((p, b) -> {
                    byte[] copy = json.clone();
                    copy[p] = b;
                    return copy;
                });
        Arbitrary<byte[]> inserted = Combinators.combine(position, Arbitraries.of("{", "}", "[", "]", ",", ":", "\"",
                        "-", "1e999", "null", "x", "\\", "\"type\": \"LeftEarly\",", "\"track\": \"HOUSING\","))
                .as((p, s) -> {
                    String text = new String(json, StandardCharsets.UTF_8);
                    int at = Math.min(p, text.length());
                    return (text.substring(0, at) + s + text.substring(at)).getBytes(StandardCharsets.UTF_8);
                });
        return Arbitraries.oneOf(truncated, flipped, inserted);
    }

    private static void assertWholeOrRejected(ChangeReadResult result) {
        if (result.isValid()) {
            assertThat(result.problems()).isEmpty();
            assertThat(ChangeReader.fromJson(ChangeWriter.toJson(result.orElseThrow())).orElseThrow())
                    .isEqualTo(result.orElseThrow());
        } else {
            assertThat(result.changes()).isEmpty();
            assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.field()).startsWith("$");
                assertThat(p.message()).isNotBlank();
                assertThat(p.expected()).isNotBlank();
                assertThat(p.summary()).doesNotContain(p.message());
            });
        }
    }
}
