package nl.tegelijk.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.planning.Plan;

/** The tracks whose slot differs between two plans, each with its reason. Stateless and thread-safe. */
final class Moves {

    private Moves() {
    }

    static List<PlanMove> between(Plan before, Plan after, ChangeApplier.Applied applied) {
        Map<String, PlanMove.Slot> old = slots(before);
        Map<String, PlanMove.Slot> now = slots(after);
        Map<String, TrackKind> tracks = new TreeMap<>();
        before.unplanned().forEach(u -> tracks.put(u.subjectId() + "/" + u.track(), u.track()));
        after.unplanned().forEach(u -> tracks.put(u.subjectId() + "/" + u.track(), u.track()));
        before.housing().forEach(h -> tracks.put(h.householdId() + "/HOUSING", TrackKind.HOUSING));
        after.housing().forEach(h -> tracks.put(h.householdId() + "/HOUSING", TrackKind.HOUSING));
        before.tracks().forEach(t -> tracks.put(t.personId() + "/" + t.track(), t.track()));
        after.tracks().forEach(t -> tracks.put(t.personId() + "/" + t.track(), t.track()));
        List<PlanMove> moves = new ArrayList<>();
        tracks.forEach((key, track) -> {
            Optional<PlanMove.Slot> from = Optional.ofNullable(old.get(key));
            Optional<PlanMove.Slot> to = Optional.ofNullable(now.get(key));
            if (!from.equals(to)) {
                String subject = key.substring(0, key.lastIndexOf('/'));
                moves.add(new PlanMove(subject, track, from, to, reason(subject, track, from, applied)));
            }
        });
        moves.sort(Comparator.comparing(PlanMove::subjectId).thenComparing(PlanMove::track));
        return moves;
    }

    private static PlanMove.Reason reason(String subject, TrackKind track, Optional<PlanMove.Slot> from,
                                          ChangeApplier.Applied applied) {
        if (applied.actualStarts().stream().anyMatch(a -> a.subjectId().equals(subject) && a.track() == track)) {
            return PlanMove.Reason.ACTUAL_START_RECORDED;
        }
        if (from.isPresent() && applied.withdrawnResources().contains(from.get().resourceId())) {
            return PlanMove.Reason.RESOURCE_WITHDRAWN;
        }
        if (applied.departed().contains(subject)) {
            return PlanMove.Reason.SUBJECT_LEFT;
        }
        boolean changed = track == TrackKind.HOUSING ? applied.changedHouseholds().contains(subject)
                : applied.changedPersons().contains(subject);
        return changed ? PlanMove.Reason.SUBJECT_CHANGED : PlanMove.Reason.REOPTIMISED;
    }

    private static Map<String, PlanMove.Slot> slots(Plan plan) {
        Map<String, PlanMove.Slot> slots = new TreeMap<>();
        plan.housing().forEach(h -> slots.put(h.householdId() + "/HOUSING",
                new PlanMove.Slot(h.dwellingId(), h.moveInWeek())));
        plan.tracks().forEach(t -> slots.put(t.personId() + "/" + t.track(),
                new PlanMove.Slot(t.resourceId(), t.startWeek())));
        return slots;
    }
}
