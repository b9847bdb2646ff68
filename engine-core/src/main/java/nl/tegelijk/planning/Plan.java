package nl.tegelijk.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan: per household a dwelling and move-in week, per person and track a resource and start week, every track left
 * unplanned with its reason, and the score with its analysis in plain words. Immutable and thread-safe; written to and
 * read from JSON with {@link nl.tegelijk.json.TegelijkJson#mapper()} without loss (see {@code docs/PLANNING.md} and
 * {@code docs/plan.schema.json}).
 *
 * @param scenarioName the scenario's name
 * @param planStart the first day of week 0
 * @param horizonWeeks weeks planned
 * @param method how it was made
 * @param housing the households housed
 * @param tracks the language, education and work tracks planned
 * @param unplanned the tracks left unplanned, each with a reason
 * @param score the score
 * @param explanation the score per constraint and per person
 * @param ended the activities that ran and ended before their planned end (left early, or at a placement that ended),
 *     as they ran: {@code endWeek} is the week after the last week each ran. Only a replan has them; they count in
 *     the figures of what happened (first activity, idle weeks, paid work started) but meet no option, which is
 *     planned again in {@code tracks} or listed in {@code unplanned}. Read as empty when absent (a state written before
 *     the field existed).
 */
public record Plan(String scenarioName, LocalDate planStart, int horizonWeeks, PlanMethod method,
                   List<HousingPlacement> housing, List<TrackPlacement> tracks, List<UnplannedTrack> unplanned,
                   PlanScore score, ScoreExplanation explanation, List<TrackPlacement> ended) {
    public Plan {
        requireNonNull(scenarioName, "scenarioName");
        requireNonNull(planStart, "planStart");
        checkArgument(horizonWeeks > 0, "horizonWeeks (%s) must be positive", horizonWeeks);
        requireNonNull(method, "method");
        housing = List.copyOf(housing);
        tracks = List.copyOf(tracks);
        unplanned = List.copyOf(unplanned);
        requireNonNull(score, "score");
        requireNonNull(explanation, "explanation");
        ended = ended == null ? List.of() : List.copyOf(ended);
    }

    /** This plan with {@code runs} as its activities that ended early. */
    public Plan withEnded(List<TrackPlacement> runs) {
        return new Plan(scenarioName, planStart, horizonWeeks, method, housing, tracks, unplanned, score, explanation,
                runs);
    }
}
