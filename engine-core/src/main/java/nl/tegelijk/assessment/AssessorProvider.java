package nl.tegelijk.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Service-provider interface through which {@code engine-rules} offers its {@link Assessor}
 * ({@code META-INF/services/nl.tegelijk.assessment.AssessorProvider}).
 */
public interface AssessorProvider {

    /**
     * Creates an assessor with the national rules and the given local-policy files (DRL or decision tables).
     *
     * @throws IllegalArgumentException when a local-policy file does not compile, naming the file, line and message
     */
    Assessor create(List<Path> localPolicyFiles);

    /** The first provider on the class path. */
    static AssessorProvider load() {
        return ServiceLoader.load(AssessorProvider.class).findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "No AssessorProvider on the class path. Maybe add the engine-rules dependency."));
    }
}
