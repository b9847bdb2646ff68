package nl.tegelijk.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.CivicIntegrationFile;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.model.Scenario;

/**
 * Per person: a birth date not after the plan start, the procedure dates in their legal order (application, permit
 * or expected permit, linking by COA, registration in the municipality), a status that matches the permit, and dates
 * after the plan start only where the person is expected (an asylum decision expected, or linking by COA expected).
 * Stateless.
 */
final class PersonChecks {

    private PersonChecks() {
    }

    static void check(Scenario scenario, Problems problems) {
        for (int i = 0; i < scenario.persons().size(); i++) {
            Person person = scenario.persons().get(i);
            checkBirthDate(person, i, scenario.planStart(), problems);
            checkProcedureOrder(person, i, problems);
            checkStatusMatchesPermit(person, i, problems);
            checkExpectations(person, i, scenario.planStart(), problems);
            checkCivicIntegrationOrder(person, i, problems);
        }
    }

    private static void checkBirthDate(Person person, int index, LocalDate planStart, Problems problems) {
        if (person.birthDate().isAfter(planStart)) {
            problems.error(ProblemCode.BIRTH_DATE_AFTER_PLAN_START, Section.PERSONS, index, Optional.of(person.id()),
                    "birthDate", "birth date " + person.birthDate() + " is after the plan start " + planStart,
                    "a birth date on or before the plan start " + planStart);
        }
    }

    private static void checkProcedureOrder(Person person, int index, Problems problems) {
        notBefore(person, index, person.permitGrantedDate(), "permitGrantedDate", person.asylumApplicationDate(),
                "asylumApplicationDate", ProblemCode.PERMIT_BEFORE_APPLICATION, problems);
        notBefore(person, index, person.linkedToMunicipalityDate(), "linkedToMunicipalityDate",
                person.permitGrantedDate(), "permitGrantedDate", ProblemCode.LINKED_BEFORE_PERMIT, problems);
        notBefore(person, index, person.arrivalInMunicipalityDate(), "arrivalInMunicipalityDate",
                person.linkedToMunicipalityDate(), "linkedToMunicipalityDate", ProblemCode.ARRIVAL_BEFORE_LINKING,
                problems);
        notBefore(person, index, person.expectedPermitDate(), "expectedPermitDate", person.asylumApplicationDate(),
                "asylumApplicationDate", ProblemCode.PERMIT_BEFORE_APPLICATION, problems);
        notBefore(person, index, person.linkedToMunicipalityDate(), "linkedToMunicipalityDate",
                person.expectedPermitDate(), "expectedPermitDate", ProblemCode.LINKED_BEFORE_PERMIT, problems);
    }

    /**
     * An expected asylum decision belongs to an asylum seeker and lies after the plan start; COA links an asylum
     * seeker only once the permit is expected; a permit after the plan start belongs to an expected arrival (linked
     * after the plan start), whose status is the one on the day of linking.
     */
    private static void checkExpectations(Person person, int index, LocalDate planStart, Problems problems) {
        Optional<String> id = Optional.of(person.id());
        boolean asylumSeeker = person.status() == ResidenceStatus.ASYLUM_SEEKER;
        person.expectedPermitDate().ifPresent(expected -> {
            if (!asylumSeeker) {
                problems.error(ProblemCode.EXPECTED_PERMIT_NOT_ASYLUM_SEEKER, Section.PERSONS, index, id,
                        "expectedPermitDate", "a person with status " + person.status() + " has an expected permit",
                        "no expectedPermitDate, or status ASYLUM_SEEKER");
            } else if (!expected.isAfter(planStart)) {
                problems.error(ProblemCode.EXPECTED_PERMIT_NOT_AFTER_PLAN_START, Section.PERSONS, index, id,
                        "expectedPermitDate", "expected permit date " + expected + " is not after the plan start "
                                + planStart,
                        "a date after the plan start " + planStart + ", or a granted permit with status PERMIT_HOLDER");
            }
        });
        if (asylumSeeker && person.linkedToMunicipalityDate().isPresent()
                && person.expectedPermitDate().isEmpty()) {
            problems.error(ProblemCode.LINKED_WITHOUT_PERMIT, Section.PERSONS, index, id,
                    "linkedToMunicipalityDate", "an asylum seeker without an expected permit is linked on "
                            + person.linkedToMunicipalityDate().get(),
                    "an expectedPermitDate on or before the linking date, or no linkedToMunicipalityDate");
        }
        person.permitGrantedDate().filter(permit -> permit.isAfter(planStart) && !person.expectedOn(planStart))
                .ifPresent(permit -> problems.error(ProblemCode.PERMIT_AFTER_PLAN_START_NOT_EXPECTED,
                        Section.PERSONS, index, id, "permitGrantedDate",
                        "permit date " + permit + " is after the plan start " + planStart
                                + " but the person is not linked after it",
                        "a linkedToMunicipalityDate after the plan start (an expected arrival), or status "
                                + "ASYLUM_SEEKER with an expectedPermitDate"));
    }

    /** The civic-integration file in its legal order: permit, DUO's notification, the first plan, its amendments. */
    private static void checkCivicIntegrationOrder(Person person, int index, Problems problems) {
        CivicIntegrationFile file = person.civicIntegration();
        notBefore(person, index, file.duoNotificationDate(), "civicIntegration.duoNotificationDate",
                person.permitGrantedDate(), "permitGrantedDate", ProblemCode.DUO_NOTIFICATION_BEFORE_PERMIT, problems);
        notBefore(person, index, file.personalPlanDate(), "civicIntegration.personalPlanDate",
                file.duoNotificationDate(), "civicIntegration.duoNotificationDate",
                ProblemCode.PERSONAL_PLAN_BEFORE_NOTIFICATION, problems);
        List<LocalDate> amendments = file.personalPlanAmendmentDates();
        for (int a = 0; a < amendments.size(); a++) {
            String field = "civicIntegration.personalPlanAmendmentDates[" + a + "]";
            if (file.personalPlanDate().isEmpty()) {
                problems.error(ProblemCode.PLAN_AMENDMENT_BEFORE_PLAN, Section.PERSONS, index, Optional.of(person.id()),
                        field, "a personal-plan amendment without a first plan (civicIntegration.personalPlanDate)",
                        "the date of the first personal plan, or no amendments");
            } else if (!amendments.get(a).isAfter(file.personalPlanDate().get())) {
                problems.error(ProblemCode.PLAN_AMENDMENT_BEFORE_PLAN, Section.PERSONS, index, Optional.of(person.id()),
                        field, field + " " + amendments.get(a) + " is not after civicIntegration.personalPlanDate "
                                + file.personalPlanDate().get(),
                        "a date after civicIntegration.personalPlanDate " + file.personalPlanDate().get());
            }
        }
    }

    /** Reports {@code later} when both dates are known and it comes before {@code earlier}. */
    private static void notBefore(Person person, int index, Optional<LocalDate> later, String laterField,
                                  Optional<LocalDate> earlier, String earlierField, ProblemCode code,
                                  Problems problems) {
        if (later.isPresent() && earlier.isPresent() && later.get().isBefore(earlier.get())) {
            problems.error(code, Section.PERSONS, index, Optional.of(person.id()), laterField,
                    laterField + " " + later.get() + " is before " + earlierField + " " + earlier.get(),
                    "a date on or after " + earlierField + " " + earlier.get());
        }
    }

    private static void checkStatusMatchesPermit(Person person, int index, Problems problems) {
        Optional<String> id = Optional.of(person.id());
        if (person.status() == ResidenceStatus.ASYLUM_SEEKER) {
            if (person.permitKind() != PermitKind.NONE) {
                problems.error(ProblemCode.ASYLUM_SEEKER_WITH_PERMIT, Section.PERSONS, index, id, "permitKind",
                        "an asylum seeker has permit kind " + person.permitKind(),
                        "permit kind NONE for an asylum seeker, or status PERMIT_HOLDER");
            }
            person.permitGrantedDate().ifPresent(date -> problems.error(ProblemCode.ASYLUM_SEEKER_WITH_PERMIT,
                    Section.PERSONS, index, id, "permitGrantedDate",
                    "an asylum seeker has a permit granted on " + date,
                    "no permitGrantedDate for an asylum seeker, or status PERMIT_HOLDER"));
            return;
        }
        if (person.permitKind() == PermitKind.NONE) {
            problems.error(ProblemCode.RESIDENT_WITHOUT_PERMIT, Section.PERSONS, index, id, "permitKind",
                    "a person with status " + person.status() + " has permit kind NONE",
                    "the kind of residence right, or status ASYLUM_SEEKER");
        }
        if (person.status() == ResidenceStatus.PERMIT_HOLDER && person.permitGrantedDate().isEmpty()) {
            problems.error(ProblemCode.PERMIT_HOLDER_WITHOUT_PERMIT_DATE, Section.PERSONS, index, id,
                    "permitGrantedDate", "a permit holder has no permitGrantedDate",
                    "the date the IND granted the residence right");
        }
    }
}
