package nl.tegelijk.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the problems of one check run; not thread-safe, one per run. */
final class Problems {

    private final List<ScenarioProblem> problems = new ArrayList<>();

    /**
     * An error on {@code field} of the record at {@code index} of {@code section}; an empty field means the record as
     * a whole. The field may be a relative path such as {@code findings[1].domain}.
     */
    void error(ProblemCode code, Section section, int index, Optional<String> id, String field, String message,
               String expected) {
        add(code, Severity.ERROR, section, index, id, field, message, expected);
    }

    /** A warning, placed as {@link #error} places an error. */
    void warning(ProblemCode code, Section section, int index, Optional<String> id, String field, String message,
                 String expected) {
        add(code, Severity.WARNING, section, index, id, field, message, expected);
    }

    /** An error on a top-level field of the scenario, such as {@code planStart}. */
    void scenarioError(ProblemCode code, String field, String message, String expected) {
        problems.add(new ScenarioProblem(code, Severity.ERROR, Section.SCENARIO, Optional.empty(), "$." + field,
                message, expected));
    }

    private void add(ProblemCode code, Severity severity, Section section, int index, Optional<String> id,
                     String field, String message, String expected) {
        String path = field.isEmpty() ? section.path(index) : section.path(index, field);
        problems.add(new ScenarioProblem(code, severity, section.recordType(), id, path, message, expected));
    }

    List<ScenarioProblem> toList() {
        return List.copyOf(problems);
    }
}
