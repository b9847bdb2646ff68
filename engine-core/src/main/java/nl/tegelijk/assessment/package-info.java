/**
 * The assessment: what the law and local policy decide for one person ({@link nl.tegelijk.assessment.Assessment}),
 * and the {@link nl.tegelijk.assessment.Assessor} contract that the rules module implements. The planner reads
 * assessments; it never decides eligibility itself.
 */
package nl.tegelijk.assessment;
