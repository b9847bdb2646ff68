package nl.tegelijk.rules.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.MeasureKind;
import nl.tegelijk.assessment.SupportMeasure;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.SupportNeed;
import nl.tegelijk.rules.DroolsAssessor;
import nl.tegelijk.rules.support.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The assessment without the optional {@code org.drools:drools-decisiontables}: run by the surefire execution
 * {@code without-decision-tables} of engine-rules, whose class path leaves that artifact out and which sets the system
 * property below (elsewhere, e.g. under a {@code -Dtest=...} that names this class, it is skipped).
 */
@EnabledIfSystemProperty(named = "tegelijk.withoutDecisionTables", matches = "true")
class WithoutDecisionTablesIT {
    private static final AssessmentRequest ON = AssessmentRequest.on(LocalDate.of(2016, 8, 1));

    private static Path resource(String name) {
        try {
            return Path.of(WithoutDecisionTablesIT.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IntegralProfile youngSingleRefugee() {
        return Profiles.profile(Profiles.person("{\"birthDate\": \"1994-01-01\"}"), 1,
                Map.of(LifeDomain.WORK, List.of(SupportNeed.DIPLOMA_RECOGNITION)), List.of(), List.of(), Optional.empty());
    }

    @Test
    void theDecisionTableCompilerIsNotOnThisClassPath() {
        assertThat(DecisionTables.available()).isFalse();
        assertThatThrownBy(() -> Class.forName("org.drools.decisiontable.SpreadsheetCompiler"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void nationalLawAndDrlLocalPolicyAssessWithoutDecisionTables() {
        Assessment national = DroolsAssessor.national().assess(youngSingleRefugee(), ON);
        Assessment local = DroolsAssessor.withLocalPolicy(List.of(resource("/local-policy/zaanstad/zaanstad.drl")))
                .assess(youngSingleRefugee(), ON);

        assertThat(national.duty().obliged()).isTrue();
        assertThat(local.measures()).extracting(SupportMeasure::measure)
                .contains(MeasureKind.MENTOR, MeasureKind.WORK_COACH);
    }

    @Test
    void aDecisionTableNamesTheMissingArtifactAtStartUp() {
        Path table = resource("/local-policy-tests/measures-table.csv");
        assertThatThrownBy(() -> DroolsAssessor.withLocalPolicy(List.of(table)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("measures-table.csv")
                .hasMessageContaining("org.drools:drools-decisiontables");
    }
}
