package nl.tegelijk.benchmarks.cpsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.tegelijk.benchmarks.support.Spread;
import org.junit.jupiter.api.Test;

class CpSatComparisonMainTest {

    private static ReferenceObjective.Value value(long medium, long soft) {
        return new ReferenceObjective.Value(medium, soft, medium * 1_000_000 + soft);
    }

    @Test
    void gapsToTheBoundAreSharesOfTheBoundsSoftPartNotOfTheSolutions() {
        long scale = 1_000_000;
        long bound = 647 * scale + 52_033;

        assertThat(CpSatComparisonMain.gapToBound(value(647, 69_690), bound, scale)).isEqualTo("+17657 (33.9%)");
        assertThat(CpSatComparisonMain.gapToBound(value(647, 52_033), bound, scale)).isEqualTo("0");
        assertThat(CpSatComparisonMain.gapToBound(value(650, 10), bound, scale)).isEqualTo("+3 medium");
    }

    @Test
    void tegelijkAgainstCpSatIsAShareOfCpSatsSoftPart() {
        assertThat(CpSatComparisonMain.gapToReference(value(647, 69_690), value(647, 68_819))).isEqualTo("+871 (1.3%)");
        assertThat(CpSatComparisonMain.gapToReference(value(647, 68_000), value(647, 68_819)))
                .isEqualTo("-819 (-1.2%)");
        assertThat(CpSatComparisonMain.gapToReference(value(640, 90_000), value(647, 68_819))).isEqualTo("-7 medium");
    }

    @Test
    void summaryCountsTheMediumComparisonsPerSizeAndTakesTheMedianSoftGapWhereMediumIsEqual() {
        List<CpSatComparisonMain.Row> rows = List.of(
                row(25, 1, value(10, 1_000), value(10, 1_010)), row(25, 2, value(10, 1_000), value(10, 1_030)),
                row(25, 3, value(10, 1_000), value(10, 990)), row(25, 4, value(12, 1_000), value(11, 5)),
                row(50, 1, value(20, 1_000), value(19, 9)));

        List<String> summary = CpSatComparisonMain.summary(rows);

        // 25 persons: medium equal in three seeds (soft +1 %, +3 %, -1 %: median +1 %), Tegelijk's lower in one.
        assertThat(summary).anySatisfy(line -> assertThat(line.trim().split("\\s+", 7)).containsExactly(
                "25", "4", "0", "1", "3", "0", Spread.of(List.of(1.0, 3.0, -1.0)).format(2) + " %"));
        assertThat(summary).anySatisfy(line -> assertThat(line.trim().split("\\s+", 7)).containsExactly(
                "50", "1", "0", "1", "0", "0", "-"));
    }

    private static CpSatComparisonMain.Row row(int persons, long seed, ReferenceObjective.Value cpSat,
                                               ReferenceObjective.Value tegelijk) {
        CpSatReference.Result result = new CpSatReference.Result("FEASIBLE", cpSat.total(), 0, Map.of(), 0, 0, 0, 0);
        return new CpSatComparisonMain.Row(persons, seed, 0, 0, cpSat, result, cpSat, 0, tegelijk, 0, 0, 0, 1_000_000,
                List.of(), 0, 0);
    }

    @Test
    void helpPrintsTheUsageInsteadOfRunning() {
        assertThat(CpSatComparisonMain.Settings.parse(new String[] {"--help"})).isEmpty();
        assertThat(CpSatComparisonMain.Settings.parse(new String[] {"--persons", "10,25", "--seconds", "5"}))
                .hasValueSatisfying(s -> {
                    assertThat(s.persons).isEqualTo(List.of(10, 25));
                    assertThat(s.seconds).isEqualTo(5);
                    assertThat(s.workers).isEqualTo(2);
                    assertThat(s.seeds).isEqualTo(List.of(1L));
                });
        assertThat(CpSatComparisonMain.Settings.parse(new String[] {"--seeds", "1,2,3,4,5"}))
                .hasValueSatisfying(s -> assertThat(s.seeds).isEqualTo(List.of(1L, 2L, 3L, 4L, 5L)));
        assertThatThrownBy(() -> CpSatComparisonMain.Settings.parse(new String[] {"--nonsense"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--nonsense");
    }
}
