package nl.tegelijk.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The report of one intake party on one person.
 *
 * @param id identifier, unique in the scenario
 * @param personId the person the report is about
 * @param party the party that wrote it
 * @param date the date of the intake conversation
 * @param findings findings per life domain, at most one per domain
 * @param strengths the person's own strengths and talents (<i>eigen kracht</i>), in the party's words
 * @param wishes the person's own wishes, in the party's words
 */
public record IntakeReport(String id, String personId, IntakeParty party, LocalDate date, List<Finding> findings,
                           List<String> strengths, List<String> wishes) {
    public IntakeReport {
        RecordCheck check = RecordCheck.of("intakeReport", id);
        check.required(personId, "personId");
        check.required(party, "party");
        check.required(date, "date");
        findings = check.list(findings, "findings");
        strengths = check.list(strengths, "strengths");
        wishes = check.list(wishes, "wishes");
        check.done();
    }
}
