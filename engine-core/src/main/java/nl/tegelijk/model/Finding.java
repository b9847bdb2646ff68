package nl.tegelijk.model;

import static java.util.Objects.requireNonNull;

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
        requireNonNull(domain, "domain");
        requireNonNull(needLevel, "needLevel");
        needs = List.copyOf(needs);
        requireNonNull(note, "note");
    }
}
