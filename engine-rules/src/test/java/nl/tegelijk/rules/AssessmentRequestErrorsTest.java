package nl.tegelijk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.InvalidAssessmentRequestException;
import nl.tegelijk.rules.support.Profiles;
import org.junit.jupiter.api.Test;

/** Dates that cannot be assessed are a caller error naming the date and why, never an internal error. */
class AssessmentRequestErrorsTest {
    private static final DroolsAssessor ASSESSOR = DroolsAssessor.national();

    @Test
    void aReferenceDateBefore2013IsAnErrorNamingTheDateAndWhy() {
        assertThatThrownBy(() -> AssessmentRequest.on(LocalDate.of(2012, 12, 31)))
                .isInstanceOf(InvalidAssessmentRequestException.class)
                .hasMessageContaining("reference date 2012-12-31").hasMessageContaining("before 2013-01-01");
        assertThatThrownBy(() -> new AssessmentRequest(LocalDate.of(2016, 1, 1), LocalDate.of(2012, 6, 1)))
                .isInstanceOf(InvalidAssessmentRequestException.class).hasMessageContaining("application date 2012-06-01");
    }

    @Test
    void theFirstOf2013CanBeAssessed() {
        assertThat(ASSESSOR.assess(List.of(Profiles.profile(Profiles.person("{\"permitGrantedDate\": \"2012-11-01\", "
                + "\"asylumApplicationDate\": \"2012-06-01\"}"))), AssessmentRequest.on(LocalDate.of(2013, 1, 1))))
                .hasSize(1);
    }

    @Test
    void aReferenceDateBeforeABirthDateIsAnErrorNamingThePersonAndFieldButNotTheBirthDate() {
        var child = Profiles.profile(Profiles.person("{\"id\": \"p-42\", \"birthDate\": \"2016-05-02\"}"));
        assertThatThrownBy(() -> ASSESSOR.assess(List.of(child), AssessmentRequest.on(LocalDate.of(2016, 5, 1))))
                .isInstanceOf(InvalidAssessmentRequestException.class)
                .hasMessageContaining("2016-05-01").hasMessageContaining("p-42").hasMessageContaining("birthDate")
                .hasMessageNotContaining("2016-05-02");
        assertThat(ASSESSOR.assess(List.of(child), AssessmentRequest.on(LocalDate.of(2016, 5, 2)))).hasSize(1);
    }
}
