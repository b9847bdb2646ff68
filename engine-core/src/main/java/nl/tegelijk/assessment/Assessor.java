package nl.tegelijk.assessment;

import java.util.List;
import nl.tegelijk.intake.IntegralProfile;

/**
 * Decides, for each integral profile, what the law and local policy require: the {@link Assessment}.
 *
 * <p>Implementations are thread-safe and deterministic: the same profiles and request give equal assessments. The
 * standard implementation (Dutch law, in Drools) lives in {@code engine-rules} and is found with
 * {@link java.util.ServiceLoader}; see {@link AssessorProvider}.
 */
public interface Assessor {

    /** Assesses every profile; the result holds one assessment per profile, in the same order. */
    List<Assessment> assess(List<IntegralProfile> profiles, AssessmentRequest request);

    /** Assesses one profile. */
    default Assessment assess(IntegralProfile profile, AssessmentRequest request) {
        return assess(List.of(profile), request).get(0);
    }
}
