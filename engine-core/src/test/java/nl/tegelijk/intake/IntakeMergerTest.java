package nl.tegelijk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.SupportNeed;
import nl.tegelijk.support.PersonBuilder;
import org.junit.jupiter.api.Test;

class IntakeMergerTest {

    private final Person person = PersonBuilder.aPermitHolder("P-1").build();
    private final Household household = new Household("H-1", false, 2, Optional.empty());

    private static IntakeReport report(String id, IntakeParty party, LocalDate date, Finding... findings) {
        return new IntakeReport(id, "P-1", party, date, List.of(findings), List.of("strength of " + id),
                List.of("wish of " + id));
    }

    private static Finding finding(LifeDomain domain, NeedLevel level, SupportNeed... needs) {
        return new Finding(domain, level, List.of(needs), Optional.empty());
    }

    @Test
    void partiesThatAgreeGiveOneViewAndNoConflict() {
        IntegralProfile profile = IntakeMerger.merge(person, household, 1, List.of(
                report("R1", IntakeParty.SOCIAL_DISTRICT_TEAM, LocalDate.of(2016, 4, 1),
                        finding(LifeDomain.LANGUAGE, NeedLevel.SOME, SupportNeed.LITERACY_COURSE)),
                report("R2", IntakeParty.WORK_DEPARTMENT, LocalDate.of(2016, 4, 2),
                        finding(LifeDomain.LANGUAGE, NeedLevel.SOME, SupportNeed.LANGUAGE_BUDDY))));

        DomainView language = profile.domains().get(LifeDomain.LANGUAGE);
        assertThat(language.needLevel()).isEqualTo(NeedLevel.SOME);
        assertThat(language.needs()).containsExactlyInAnyOrder(SupportNeed.LITERACY_COURSE, SupportNeed.LANGUAGE_BUDDY);
        assertThat(profile.conflicts()).isEmpty();
        assertThat(profile.parties()).containsExactlyInAnyOrder(IntakeParty.SOCIAL_DISTRICT_TEAM,
                IntakeParty.WORK_DEPARTMENT);
    }

    @Test
    void disagreementOnNeedLevelIsReportedWithEachPartysValueAndTheHighestNeedIsKept() {
        IntegralProfile profile = IntakeMerger.merge(person, household, 1, List.of(
                report("R1", IntakeParty.SOCIAL_DISTRICT_TEAM, LocalDate.of(2016, 4, 1),
                        finding(LifeDomain.HEALTH_AND_SAFETY, NeedLevel.HIGH, SupportNeed.MENTAL_HEALTH_REFERRAL)),
                report("R2", IntakeParty.REFUGEE_SUPPORT_ORGANISATION, LocalDate.of(2016, 4, 1),
                        finding(LifeDomain.HEALTH_AND_SAFETY, NeedLevel.NONE))));

        assertThat(profile.domains().get(LifeDomain.HEALTH_AND_SAFETY).needLevel()).isEqualTo(NeedLevel.HIGH);
        assertThat(profile.conflicts()).containsExactly(new IntakeConflict("P-1", LifeDomain.HEALTH_AND_SAFETY,
                "needLevel", Map.of(IntakeParty.SOCIAL_DISTRICT_TEAM, "HIGH",
                        IntakeParty.REFUGEE_SUPPORT_ORGANISATION, "NONE")));
    }

    @Test
    void aLaterReportOfTheSamePartyReplacesItsEarlierOne() {
        IntegralProfile profile = IntakeMerger.merge(person, household, 1, List.of(
                report("R2", IntakeParty.WORK_DEPARTMENT, LocalDate.of(2016, 6, 1),
                        finding(LifeDomain.WORK, NeedLevel.NONE)),
                report("R1", IntakeParty.WORK_DEPARTMENT, LocalDate.of(2016, 4, 1),
                        finding(LifeDomain.WORK, NeedLevel.HIGH, SupportNeed.WORK_COACH))));

        assertThat(profile.domains().get(LifeDomain.WORK).needLevel()).isEqualTo(NeedLevel.NONE);
        assertThat(profile.hasNeed(SupportNeed.WORK_COACH)).isFalse();
        assertThat(profile.conflicts()).isEmpty();
        assertThat(profile.strengths()).containsExactly(new Attributed(IntakeParty.WORK_DEPARTMENT, "strength of R2"));
    }

    @Test
    void aPersonWithoutReportsGetsAProfileWithNoDomains() {
        IntegralProfile profile = IntakeMerger.merge(person, household, 3, List.of());

        assertThat(profile.domains()).isEmpty();
        assertThat(profile.parties()).isEmpty();
        assertThat(profile.householdSize()).isEqualTo(3);
        assertThat(profile.needsSupportIn(LifeDomain.HOUSING)).isFalse();
    }
}
