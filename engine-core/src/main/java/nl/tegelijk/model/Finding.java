package nl.tegelijk.model;

import java.util.List;
import java.util.Optional;

/**
 * One intake party's finding on one life domain of one person.
 *
 * @param domain the life domain
 * @param needLevel how much support the domain needs
 * @param needs concrete needs recorded
 * @param note free text in the party's words: personal data, never logged and never read by a rule
 */
public record Finding(LifeDomain domain, NeedLevel needLevel, List<SupportNeed> needs, Optional<String> note) {
    public Finding {
        RecordCheck check = RecordCheck.unnamed("finding");
        check.required(domain, "domain");
        check.required(needLevel, "needLevel");
        needs = check.list(needs, "needs");
        note = check.optional(note, "note");
        check.done();
    }
}
