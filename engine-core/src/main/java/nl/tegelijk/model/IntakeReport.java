package nl.tegelijk.model;

import static java.util.Objects.requireNonNull;

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
        requireNonNull(id, "id");
        requireNonNull(personId, "personId");
        requireNonNull(party, "party");
        requireNonNull(date, "date");
        findings = List.copyOf(findings);
        strengths = List.copyOf(strengths);
        wishes = List.copyOf(wishes);
    }
}
