package nl.tegelijk.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.domain.PlanningProblem;
import nl.tegelijk.planning.domain.ProblemBuilder;
import nl.tegelijk.planning.domain.Resource;
import nl.tegelijk.planning.domain.TrackAssignment;

/**
 * Where capacity binds in a plan (<i>knelpunt</i>): for one kind of place (a dwelling of a number of rooms, a course
 * group of a course kind, a school class of a school kind, a placement of a placement kind), the
 * <b>person-weeks waiting at a full place</b>: weeks, summed over persons, in which a person waits for a track (from
 * its earliest week to its start, or to the horizon end when it is unplanned) while a place of this kind that the
 * person is eligible for, and that would allow a start that week, is full in that week. Open offers without a cap are
 * never full and never counted. Defined once here; immutable and thread-safe.
 *
 * @param kind the kind of place, e.g. {@code DWELLING_3_ROOMS}, {@code B1_ROUTE}, {@code ISK}, {@code PAID_JOB}
 * @param track the track the places serve
 * @param places capped places of the kind that some track of the plan is eligible for
 * @param personWeeksWaitingAtFull the pressure, as defined above; a person-week counts once per kind
 * @param personsWaiting distinct persons with at least one such week
 * @param mostPressedPlace the place of the kind with the most person-weeks waiting while it is full (ties: the lowest
 *     id): where one more unit of the kind is added
 */
public record CapacityPressure(String kind, TrackKind track, int places, long personWeeksWaitingAtFull,
                               int personsWaiting, String mostPressedPlace) {

    public CapacityPressure {
        requireNonNull(kind, "kind");
        requireNonNull(track, "track");
        requireNonNull(mostPressedPlace, "mostPressedPlace");
    }

    /** The kind of a dwelling with {@code rooms} rooms, e.g. {@code DWELLING_3_ROOMS}. */
    public static String dwellingKind(int rooms) {
        return "DWELLING_" + rooms + "_ROOMS";
    }

    /**
     * The pressure of every kind of capped place in {@code plan}, the highest first (ties: kind name); kinds without
     * pressure are listed with zero.
     */
    public static List<CapacityPressure> of(Scenario scenario, List<Assessment> assessments, Plan plan) {
        PlanningProblem problem = ProblemBuilder.build(scenario, assessments);
        PlanOutcomes outcomes = new PlanOutcomes(scenario, assessments, plan);
        int horizon = plan.horizonWeeks();
        Map<String, int[]> occupancy = new HashMap<>();
        plan.housing().forEach(h -> book(occupancy, h.dwellingId(), h.moveInWeek(), horizon, horizon));
        plan.tracks().forEach(t -> book(occupancy, t.resourceId(), t.startWeek(), t.endWeek(), horizon));
        Map<String, Kind> kinds = new LinkedHashMap<>();
        problem.eligible().values().stream().flatMap(List::stream).filter(Resource::capped).distinct()
                .sorted(Comparator.comparing(Resource::id))
                .forEach(r -> kinds.computeIfAbsent(kindOf(r), k -> new Kind(k, r.kind().track())).places.add(r.id()));
        for (TrackAssignment e : problem.schedule().getAssignments()) {
            int start = startOf(e, outcomes, horizon);
            List<Resource> eligible = problem.eligible().getOrDefault(e.getId(), List.of());
            for (int w = Math.max(0, e.getEarliestWeek()); w < start; w++) {
                Set<String> fullKinds = new HashSet<>();
                for (Resource r : eligible) {
                    if (r.capped() && r.allowsStartIn(w) && used(occupancy, r.id(), w) >= r.capacity()) {
                        Kind kind = kinds.get(kindOf(r));
                        kind.byPlace.merge(r.id(), (long) e.getOccupants(), Long::sum);
                        if (fullKinds.add(kind.name)) {
                            kind.personWeeks += e.getOccupants();
                            kind.persons.addAll(e.getParticipantIds());
                        }
                    }
                }
            }
        }
        return kinds.values().stream().map(Kind::pressure)
                .sorted(Comparator.comparingLong(CapacityPressure::personWeeksWaitingAtFull).reversed()
                        .thenComparing(CapacityPressure::kind))
                .toList();
    }

    /** The kind of a place: dwellings by rooms, every other place by its scenario kind. */
    private static String kindOf(Resource r) {
        return r.isDwelling() ? dwellingKind(r.rooms()) : r.subKind();
    }

    /** The week the option of {@code e} starts in the plan, as monitoring matches options to the plan; else the end. */
    private static int startOf(TrackAssignment e, PlanOutcomes outcomes, int horizon) {
        String person = e.isHousing() ? e.getParticipantIds().get(0) : e.getPersonId();
        return outcomes.of(person, e.getTrack()).stream()
                .filter(o -> e.isHousing() || o.requirement().ruleId().equals(e.getRuleId()))
                .mapToInt(o -> o.effectiveStartWeek(horizon)).min().orElse(horizon);
    }

    private static void book(Map<String, int[]> occupancy, String resourceId, int from, int to, int horizon) {
        int[] weeks = occupancy.computeIfAbsent(resourceId, k -> new int[horizon]);
        for (int w = Math.max(0, from); w < Math.min(horizon, to); w++) {
            weeks[w]++;
        }
    }

    private static int used(Map<String, int[]> occupancy, String resourceId, int week) {
        int[] weeks = occupancy.get(resourceId);
        return weeks == null ? 0 : weeks[week];
    }

    /** One kind while counting. */
    private static final class Kind {
        private final String name;
        private final TrackKind track;
        private final List<String> places = new ArrayList<>();
        private final Map<String, Long> byPlace = new HashMap<>();
        private final Set<String> persons = new HashSet<>();
        private long personWeeks;

        Kind(String name, TrackKind track) {
            this.name = name;
            this.track = track;
        }

        CapacityPressure pressure() {
            String most = places.stream().max(Comparator.comparingLong((String p) -> byPlace.getOrDefault(p, 0L))
                    .thenComparing(Comparator.comparing((String p) -> p).reversed())).orElseThrow();
            return new CapacityPressure(name, track, places.size(), personWeeks, persons.size(), most);
        }
    }
}
