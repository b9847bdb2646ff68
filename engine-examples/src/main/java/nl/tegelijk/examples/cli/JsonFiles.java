package nl.tegelijk.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.tegelijk.json.TegelijkJson;

/** Reads a plan, assessments or plan state file for a command; a missing or unreadable file is one clear line. */
final class JsonFiles {

    private JsonFiles() {
    }

    static <T> T read(Path file, String what, TypeReference<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(what + " file not found: " + file);
        }
        try {
            return TegelijkJson.reader().forType(type).readValue(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UserInputException("cannot read " + file + " as " + what + " JSON ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
