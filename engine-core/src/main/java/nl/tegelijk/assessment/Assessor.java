package nl.tegelijk.assessment;

import java.util.List;
import nl.tegelijk.model.HousingQuota;
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

    /**
     * Checks each housing quota that states the figures it follows from ({@link HousingQuota#basis()}) against the
     * formula of the law (HV-FORMULA-01, Huisvestingswet 2014 art. 29 lid 1), sorted by half-year; a quota without
     * figures is left out. The given quota stays the planner's input. This default checks nothing: an assessor that
     * decides the formula overrides it. The caller owns the returned list.
     */
    default List<QuotaCheck> checkQuotas(List<HousingQuota> quotas) {
        java.util.Objects.requireNonNull(quotas, "quotas");
        return List.of();
    }

    /** Assesses one profile. */
    default Assessment assess(IntegralProfile profile, AssessmentRequest request) {
        return assess(List.of(profile), request).get(0);
    }
}
