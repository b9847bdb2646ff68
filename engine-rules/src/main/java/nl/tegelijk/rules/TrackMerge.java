package nl.tegelijk.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CourseKind;
import nl.tegelijk.model.PlacementKind;
import nl.tegelijk.model.SchoolKind;

/**
 * Several rules may each open a track of the same kind (e.g. voluntary pre-integration and the required course).
 * The planner plans the track's first activity, so they are merged into one requirement per kind: the requirements
 * that may start earliest give the eligible kinds (a kind that the law allows only later, such as a paid job after
 * six months in procedure, is never offered before its date); the track is required when any rule requires it; the
 * deadline is the earliest one; the rule ids of all are kept.
 */
final class TrackMerge {

    private TrackMerge() {
    }

    static List<TrackRequirement> onePerKind(List<TrackRequirement> tracks) {
        Map<TrackKind, List<TrackRequirement>> byKind = new LinkedHashMap<>();
        tracks.forEach(t -> byKind.computeIfAbsent(t.track(), k -> new ArrayList<>()).add(t));
        List<TrackRequirement> merged = new ArrayList<>();
        byKind.forEach((kind, reqs) -> merged.add(reqs.size() == 1 ? reqs.get(0) : merge(kind, reqs)));
        return merged;
    }

    private static TrackRequirement merge(TrackKind kind, List<TrackRequirement> reqs) {
        LocalDate earliest = reqs.stream().map(TrackRequirement::earliestStart).min(LocalDate::compareTo).orElseThrow();
        Set<CourseKind> courses = EnumSet.noneOf(CourseKind.class);
        Set<SchoolKind> schools = EnumSet.noneOf(SchoolKind.class);
        Set<PlacementKind> placements = EnumSet.noneOf(PlacementKind.class);
        reqs.stream().filter(r -> r.earliestStart().equals(earliest)).forEach(r -> {
            courses.addAll(r.courseKinds());
            schools.addAll(r.schoolKinds());
            placements.addAll(r.placementKinds());
        });
        Optional<LocalDate> deadline = reqs.stream().flatMap(r -> r.deadline().stream()).min(LocalDate::compareTo);
        boolean voluntary = reqs.stream().allMatch(TrackRequirement::voluntary);
        TreeSet<String> ruleIds = new TreeSet<>();
        reqs.forEach(r -> ruleIds.add(r.ruleId()));
        return new TrackRequirement(kind, earliest, deadline, courses, schools, placements, voluntary,
                String.join("+", ruleIds));
    }
}
