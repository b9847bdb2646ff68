package nl.tegelijk.api;

import static nl.tegelijk.planning.support.TestData.START;
import static nl.tegelijk.planning.support.TestData.course;
import static nl.tegelijk.planning.support.TestData.dwelling;
import static nl.tegelijk.planning.support.TestData.household;
import static nl.tegelijk.planning.support.TestData.placement;
import static nl.tegelijk.planning.support.TestData.scenario;
import static nl.tegelijk.planning.support.TestData.week;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.support.TestData;

/** A small valid scenario for replan tests: four households, one of them asylum seekers, four dwellings. */
final class ReplanFixture {

    private ReplanFixture() {
    }

    static Scenario scenario() {
        return TestData.scenario(52, List.of(household("h1"), household("h2"), household("h3"), household("h4")),
                List.of(permitHolder("a1", "h1", CefrLevel.A1), permitHolder("a2", "h1", CefrLevel.NONE),
                        permitHolder("b1", "h2", CefrLevel.A2), asylumSeeker("s1", "h3"),
                        permitHolder("c1", "h4", CefrLevel.NONE)),
                List.of(dwelling("d1", 2, 3, 4), dwelling("d2", 0, 2, 2), dwelling("d3", 6, 2, 2),
                        dwelling("d4", 10, 2, 3)),
                List.of(course("b1course", CourseKind.B1_ROUTE, 3, 20, 12),
                        course("b1second", CourseKind.B1_ROUTE, 2, 20, 12)),
                List.of(),
                List.of(placement("trainee", PlacementKind.TRAINEESHIP, "construction", CefrLevel.A1, 1, 16, 26)),
                List.of(new HousingQuota(2016, 1, 4)));
    }

    static Person permitHolder(String id, String household, CefrLevel dutch) {
        return withStatus(TestData.person(id, household, START.minusYears(30), ResidenceStatus.PERMIT_HOLDER, dutch,
                List.of("construction")), ResidenceStatus.PERMIT_HOLDER, PermitKind.ASYLUM_FIXED_TERM,
                Optional.of(START.minusWeeks(6)), Optional.of(START.minusWeeks(2)));
    }

    static Person asylumSeeker(String id, String household) {
        return withStatus(TestData.person(id, household, START.minusYears(25), ResidenceStatus.ASYLUM_SEEKER,
                CefrLevel.A1, List.of()), ResidenceStatus.ASYLUM_SEEKER, PermitKind.NONE, Optional.empty(),
                Optional.empty());
    }

    private static Person withStatus(Person p, ResidenceStatus status, PermitKind kind, Optional<LocalDate> permit,
                                     Optional<LocalDate> linked) {
        return p.toBuilder().status(status).permitKind(kind).asylumApplicationDate(START.minusWeeks(30))
                .permitGrantedDate(permit).linkedToMunicipalityDate(linked)
                .arrivalInMunicipalityDate(Optional.empty()).socialAssistanceFrom(Optional.empty()).build();
    }

    /** The Monday of week {@code w}. */
    static LocalDate monday(int w) {
        return week(w);
    }
}
