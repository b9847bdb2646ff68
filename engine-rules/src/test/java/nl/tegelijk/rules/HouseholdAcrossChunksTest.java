package nl.tegelijk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.rules.support.Profiles;
import org.junit.jupiter.api.Test;

/**
 * The assessor runs a batch in sessions of {@value DroolsAssessor#CHUNK} persons and builds each chunk's facts just
 * before its session, but a household is summed up from all its members in the batch (HV-DUTY-01: the household is
 * housed once every member in reception has a permit). A member in another chunk still counts.
 */
class HouseholdAcrossChunksTest {
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2016, 6, 15);
    private static final LocalDate EXPECTED_PERMIT = LocalDate.of(2016, 9, 1);

    private final DroolsAssessor assessor = DroolsAssessor.national();
    private final AssessmentRequest request = AssessmentRequest.on(REFERENCE_DATE);

    @Test
    void aHouseholdMemberInTheNextChunkStillDelaysTheHousingOfTheFamily() {
        IntegralProfile permitHolder = Profiles.profile(Profiles.person("""
                {"id": "p-holder", "householdId": "h-family", "linkedToMunicipalityDate": "2016-06-01"}"""));
        IntegralProfile asylumSeeker = Profiles.profile(Profiles.person("""
                {"id": "p-seeker", "householdId": "h-family", "status": "ASYLUM_SEEKER", "permitKind": "NONE",
                 "permitGrantedDate": null, "expectedPermitDate": "2016-09-01"}"""));
        List<IntegralProfile> apart = new ArrayList<>();
        apart.add(permitHolder);
        for (int i = 1; i < DroolsAssessor.CHUNK; i++) {
            apart.add(Profiles.profile(Profiles.person("{\"id\": \"p-" + i + "\", \"householdId\": \"h-" + i + "\"}")));
        }
        apart.add(asylumSeeker);

        Assessment together = assessor.assess(List.of(permitHolder, asylumSeeker), request).get(0);
        Assessment acrossChunks = assessor.assess(apart, request).get(0);
        Assessment alone = assessor.assess(List.of(permitHolder), request).get(0);

        assertThat(housingStart(together)).isEqualTo(EXPECTED_PERMIT);
        assertThat(housingStart(acrossChunks)).isEqualTo(EXPECTED_PERMIT);
        assertThat(acrossChunks).isEqualTo(together);
        assertThat(housingStart(alone)).isEqualTo(LocalDate.of(2016, 6, 1));
    }

    private static LocalDate housingStart(Assessment a) {
        return a.tracks().stream().filter(t -> t.track() == TrackKind.HOUSING).map(TrackRequirement::earliestStart)
                .findFirst().orElseThrow();
    }
}
