package nl.tegelijk.examples.cli;

/** A problem with what the user gave (a missing file, an invalid scenario): reported as one line, no stack trace. */
public final class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
