package nl.tegelijk.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an output file; a folder that does not exist or a file that cannot be written is one clear line. */
final class OutputFiles {

    private OutputFiles() {
    }

    static void write(Path file, String content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
