package nl.tegelijk.assessment;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tegelijk.model.CefrLevel;

/**
 * What the law and local policy decide for one person. Immutable and thread-safe.
 *
 * @param personId the person's pseudonymous id
 * @param dutyDate the date the integration duty arises (or arose), which picks the regime; empty when none arises
 * @param referenceDate the date of the assessment
 * @param applicationDate the date whose law is applied
 * @param regime the integration law that applies
 * @param duty the duty decision and its ground
 * @param route the learning route
 * @param targetLevel the Dutch level the person must reach, when obliged
 * @param requirements the parts of the integration requirement
 * @param deadlines deadlines as dates
 * @param tracks the options for the planner, one per rule that opened one (several may share a {@link TrackKind})
 * @param weeklyHoursLimit most hours per week across concurrent activities
 * @param measures support measures per life domain
 * @param justifications why, per decision
 * @param consequences participation hours, fine caps and the DUO loan ({@link IntegrationConsequences#NONE} when none
 *        applies)
 */
public record Assessment(String personId, Optional<LocalDate> dutyDate, LocalDate referenceDate,
                         LocalDate applicationDate, Regime regime, DutyDecision duty, LearningRoute route,
                         Optional<CefrLevel> targetLevel, List<ExamComponent> requirements, List<Deadline> deadlines,
                         List<TrackRequirement> tracks, int weeklyHoursLimit, List<SupportMeasure> measures,
                         List<Justification> justifications, IntegrationConsequences consequences) {
    public Assessment {
        requireNonNull(personId, "personId");
        requireNonNull(dutyDate, "dutyDate");
        requireNonNull(referenceDate, "referenceDate");
        requireNonNull(applicationDate, "applicationDate");
        requireNonNull(regime, "regime");
        requireNonNull(duty, "duty");
        requireNonNull(route, "route");
        requireNonNull(targetLevel, "targetLevel");
        requirements = List.copyOf(requirements);
        deadlines = List.copyOf(deadlines);
        tracks = List.copyOf(tracks);
        if (!eachOwnRuleId(tracks)) {
            throw new IllegalArgumentException("each option of person (" + personId + ") has its own rule id, not "
                    + tracks.stream().map(TrackRequirement::ruleId).toList());
        }
        measures = List.copyOf(measures);
        justifications = List.copyOf(justifications);
        requireNonNull(consequences, "consequences");
    }

    /** Whether no two options share a rule id; a pairwise scan, as a person has a handful of options. */
    private static boolean eachOwnRuleId(List<TrackRequirement> tracks) {
        for (int i = 1; i < tracks.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (tracks.get(i).ruleId().equals(tracks.get(j).ruleId())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** An assessment without consequences: the shape before they were fields. */
    public Assessment(String personId, Optional<LocalDate> dutyDate, LocalDate referenceDate,
                      LocalDate applicationDate, Regime regime, DutyDecision duty, LearningRoute route,
                      Optional<CefrLevel> targetLevel, List<ExamComponent> requirements, List<Deadline> deadlines,
                      List<TrackRequirement> tracks, int weeklyHoursLimit, List<SupportMeasure> measures,
                      List<Justification> justifications) {
        this(personId, dutyDate, referenceDate, applicationDate, regime, duty, route, targetLevel, requirements,
                deadlines, tracks, weeklyHoursLimit, measures, justifications, IntegrationConsequences.NONE);
    }

    /** The first option of a kind, a required one before a voluntary one, if the person has any. */
    public Optional<TrackRequirement> track(TrackKind kind) {
        return tracks(kind).stream().filter(t -> !t.voluntary()).findFirst().or(() -> tracks(kind).stream().findFirst());
    }

    /** Every option of a kind, in the assessment's order. */
    public List<TrackRequirement> tracks(TrackKind kind) {
        return tracks.stream().filter(t -> t.track() == kind).toList();
    }

    /** The deadline of a kind, if set. */
    public Optional<Deadline> deadline(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind).findFirst();
    }
}
