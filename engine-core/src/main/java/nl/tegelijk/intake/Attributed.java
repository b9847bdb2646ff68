package nl.tegelijk.intake;

import static java.util.Objects.requireNonNull;

import nl.tegelijk.model.IntakeParty;

/**
 * A statement together with the intake party that made it.
 *
 * @param party who said it
 * @param text what was said: personal data, never logged and never read by a rule
 */
public record Attributed(IntakeParty party, String text) {
    public Attributed {
        requireNonNull(party, "party");
        requireNonNull(text, "text");
    }
}
