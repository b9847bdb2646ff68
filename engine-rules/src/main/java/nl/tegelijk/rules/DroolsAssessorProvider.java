package nl.tegelijk.rules;

import java.nio.file.Path;
import java.util.List;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.assessment.AssessorProvider;

/**
 * The {@link AssessorProvider} registered in {@code META-INF/services}: Dutch national law in Drools plus the given
 * local-policy files. Stateless and thread-safe.
 */
public final class DroolsAssessorProvider implements AssessorProvider {

    @Override
    public Assessor create(List<Path> localPolicyFiles) {
        return DroolsAssessor.withLocalPolicy(localPolicyFiles);
    }
}
