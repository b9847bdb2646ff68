package nl.tegelijk.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PermitKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.support.ExampleScenario;

/** A batch holding one change of every kind, its records taken from the example scenario. */
final class ChangeBatches {

    static final LocalDate DATE = LocalDate.of(2016, 9, 5);

    private ChangeBatches() {
    }

    static List<Change> everyKind() {
        Scenario s = ExampleScenario.scenario();
        Person person = s.persons().get(0);
        String newPerson = person.id() + "-new";
        Person arriving = person.toBuilder().id(newPerson).build();
        List<Change> changes = List.of(
                new Change.PersonArrives(arriving, Optional.empty(), s.intakeReports().stream()
                        .filter(r -> r.personId().equals(person.id())).limit(1)
                        .map(r -> new nl.tegelijk.model.IntakeReport(r.id() + "-new", newPerson, r.party(), r.date(),
                                r.findings(), r.strengths(), r.wishes())).toList(), DATE),
                new Change.PersonArrives(arriving.toBuilder().id(newPerson + "b").householdId("H-new").build(),
                        Optional.of(new nl.tegelijk.model.Household("H-new", true, 3, Optional.of("Kogerveld"))),
                        List.of(), DATE.plusDays(1)),
                new Change.PersonLeaves(person.id(), Change.LeaveReason.FOUND_WORK, DATE),
                new Change.PermitGranted(person.id(), PermitKind.ASYLUM_FIXED_TERM, DATE),
                new Change.LinkedToMunicipality(person.id(), DATE.plusDays(2)),
                new Change.HouseholdChanged(s.households().get(0), DATE),
                new Change.DwellingAdded(s.dwellings().get(0), DATE),
                new Change.DwellingWithdrawn(s.dwellings().get(0).id(), DATE),
                new Change.CourseGroupAdded(s.courseGroups().get(0), DATE),
                new Change.CourseGroupCancelled(s.courseGroups().get(0).id(), DATE),
                new Change.PlacementAdded(s.placements().get(0), DATE),
                new Change.PlacementEnded(s.placements().get(0).id(), DATE),
                new Change.ActualStartRecorded(person.id(), TrackKind.LANGUAGE, s.courseGroups().get(0).id(),
                        DATE.minusDays(3)),
                new Change.StartMissed(s.households().get(0).id(), TrackKind.HOUSING, s.dwellings().get(0).id(),
                        DATE.minusDays(2)),
                new Change.LeftEarly(person.id(), TrackKind.WORK, s.placements().get(0).id(), DATE.minusDays(4)));
        return changes;
    }
}
