package nl.tegelijk.api;

import static nl.tegelijk.planning.support.TestData.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.ResidenceStatus;
import nl.tegelijk.planning.support.TestData;

/**
 * A stand-in for the Drools assessor (engine-rules is not on engine-core's class path): a permit holder needs housing
 * and a B1 course from the link date (or the plan start), an adult with Dutch above NONE also a traineeship; a child a
 * primary class; an asylum seeker nothing.
 */
final class TableAssessor implements Assessor {

    @Override
    public List<Assessment> assess(List<IntegralProfile> profiles, AssessmentRequest request) {
        List<Assessment> out = new ArrayList<>();
        for (IntegralProfile profile : profiles) {
            Person p = profile.person();
            if (p.status() != ResidenceStatus.PERMIT_HOLDER) {
                out.add(assessment(p.id(), 32));
                continue;
            }
            LocalDate from = p.linkedToMunicipalityDate().filter(d -> d.isAfter(TestData.START))
                    .orElse(TestData.START);
            int week = (int) ChronoUnit.WEEKS.between(TestData.START, from) + (from.getDayOfWeek().getValue() > 1 ? 1 : 0);
            List<TrackRequirement> tracks = new ArrayList<>();
            tracks.add(TestData.housing(week));
            if (p.ageOn(TestData.START) < 12) {
                tracks.add(TestData.school(week, week + 40, nl.tegelijk.model.SchoolKind.PRIMARY_NEWCOMER_CLASS));
            } else {
                tracks.add(TestData.language(week, CourseKind.B1_ROUTE));
                if (p.dutchLevel() != nl.tegelijk.model.CefrLevel.NONE) {
                    tracks.add(TestData.work(week, PlacementKind.TRAINEESHIP));
                }
            }
            out.add(assessment(p.id(), 32, tracks.toArray(TrackRequirement[]::new)));
        }
        return out;
    }
}
