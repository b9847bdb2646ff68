package nl.tegelijk.benchmarks.cpsat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
    void helpPrintsTheUsageInsteadOfRunning() {
        assertThat(CpSatComparisonMain.Settings.parse(new String[] {"--help"})).isEmpty();
        assertThat(CpSatComparisonMain.Settings.parse(new String[] {"--persons", "10,25", "--seconds", "5"}))
                .hasValueSatisfying(s -> {
                    assertThat(s.persons).isEqualTo(List.of(10, 25));
                    assertThat(s.seconds).isEqualTo(5);
                    assertThat(s.workers).isEqualTo(2);
                });
        assertThatThrownBy(() -> CpSatComparisonMain.Settings.parse(new String[] {"--nonsense"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--nonsense");
    }
}
