package nl.tegelijk.planning;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The score analysis in plain words: per constraint and per person.
 *
 * @param constraints every constraint with its level, weight, impact and number of matches
 * @param persons per person (or household) the constraints that cost something, in words
 */
public record ScoreExplanation(List<ConstraintScore> constraints, List<SubjectExplanation> persons) {
    public ScoreExplanation {
        constraints = List.copyOf(constraints);
        persons = List.copyOf(persons);
    }

    /**
     * One constraint's share of the score.
     *
     * @param constraint the constraint name
     * @param level hard, medium or soft
     * @param weight the weight per unit of penalty
     * @param impact the score the constraint adds (zero or negative)
     * @param matches how many times it matched
     */
    public record ConstraintScore(String constraint, ScoreLevel level, long weight, long impact, int matches) {
        public ConstraintScore {
            requireNonNull(constraint, "constraint");
            requireNonNull(level, "level");
        }
    }

    /**
     * What costs score for one person or household.
     *
     * @param subjectId the person or household
     * @param remarks one line per match: constraint, impact and description
     */
    public record SubjectExplanation(String subjectId, List<String> remarks) {
        public SubjectExplanation {
            requireNonNull(subjectId, "subjectId");
            remarks = List.copyOf(remarks);
        }
    }
}
