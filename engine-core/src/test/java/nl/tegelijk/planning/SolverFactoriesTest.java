package nl.tegelijk.planning;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The unimproved-time limit belongs to local search, so the warm start and the hand-over to it do not use it up. */
class SolverFactoriesTest {

    private static LocalSearchPhaseConfig localSearch(SolverConfig config) {
        return config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                .map(LocalSearchPhaseConfig.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theUnimprovedTimeLimitIsSetOnLocalSearchBesideItsStepLimit() {
        SolverConfig config = SolverFactories.unimprovedLocalSearch(
                SolverConfigs.standard(EnvironmentMode.REPRODUCIBLE, 0L, Optional.of(7)), Optional.of(5_000L));

        assertThat(localSearch(config).getTerminationConfig().getUnimprovedMillisecondsSpentLimit()).isEqualTo(5_000L);
        assertThat(localSearch(config).getTerminationConfig().getStepCountLimit()).isEqualTo(7);
        assertThat(config.getTerminationConfig().getUnimprovedMillisecondsSpentLimit()).isNull();
    }

    @Test
    void withoutAnUnimprovedTimeLimitLocalSearchHasNone() {
        SolverConfig config = SolverFactories.unimprovedLocalSearch(
                SolverConfigs.standard(EnvironmentMode.REPRODUCIBLE, 0L, Optional.empty()), Optional.empty());

        assertThat(localSearch(config).getTerminationConfig()).isNull();
    }
}
