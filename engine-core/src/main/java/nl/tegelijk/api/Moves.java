package nl.tegelijk.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.planning.Plan;

/** The tracks whose slot differs between two plans, each with its reason. Stateless and thread-safe. */
final class Moves {

    private Moves() {
    }

    static List<PlanMove> between(Plan before, Plan after, ChangeApplier.Applied applied) {
        Map<Key, PlanMove.Slot> old = slots(before);
        Map<Key, PlanMove.Slot> now = slots(after);
        Set<Key> keys = new TreeSet<>(Key.ORDER);
        before.unplanned().forEach(u -> keys.add(Key.of(u.subjectId(), u.track(), u.ruleId())));
        after.unplanned().forEach(u -> keys.add(Key.of(u.subjectId(), u.track(), u.ruleId())));
        keys.addAll(old.keySet());
        keys.addAll(now.keySet());
        List<PlanMove> moves = new ArrayList<>();
        for (Key key : keys) {
            Optional<PlanMove.Slot> from = Optional.ofNullable(old.get(key));
            Optional<PlanMove.Slot> to = Optional.ofNullable(now.get(key));
            if (!from.equals(to)) {
                PlanMove.Reason reason = reason(key.subject(), key.track(), from, applied);
                Optional<Integer> ranThrough = reason == PlanMove.Reason.LEFT_EARLY
                        ? ranThroughWeek(key.subject(), key.track(), from, applied) : Optional.empty();
                moves.add(new PlanMove(key.subject(), key.track(), from, to, reason, ranThrough));
            }
        }
        moves.sort(Comparator.comparing(PlanMove::subjectId).thenComparing(PlanMove::track));
        return moves;
    }

    /** One option of a subject: a person may have two options of one track (housing has one per household). */
    private record Key(String subject, TrackKind track, String ruleId) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::subject).thenComparing(Key::track)
                .thenComparing(Key::ruleId);

        static Key of(String subject, TrackKind track, String ruleId) {
            return new Key(subject, track, track == TrackKind.HOUSING ? "" : ruleId);
        }
    }

    private static PlanMove.Reason reason(String subject, TrackKind track, Optional<PlanMove.Slot> from,
                                          ChangeApplier.Applied applied) {
        if (applied.actualStarts().stream().anyMatch(a -> a.subjectId().equals(subject) && a.track() == track)) {
            return PlanMove.Reason.ACTUAL_START_RECORDED;
        }
        if (applied.missedStarts().stream().anyMatch(m -> m.subjectId().equals(subject) && m.track() == track)) {
            return PlanMove.Reason.START_MISSED;
        }
        if (applied.leftEarly().stream().anyMatch(l -> l.personId().equals(subject) && l.track() == track)) {
            return PlanMove.Reason.LEFT_EARLY;
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

    /** The week of the report that the person left the activity of {@code from}: the last week it ran. */
    private static Optional<Integer> ranThroughWeek(String subject, TrackKind track, Optional<PlanMove.Slot> from,
                                                    ChangeApplier.Applied applied) {
        return from.flatMap(slot -> applied.leftEarly().stream()
                .filter(l -> l.personId().equals(subject) && l.track() == track
                        && l.resourceId().equals(slot.resourceId()))
                .findFirst()
                .map(l -> applied.weekOf(l.date())));
    }

    private static Map<Key, PlanMove.Slot> slots(Plan plan) {
        Map<Key, PlanMove.Slot> slots = new TreeMap<>(Key.ORDER);
        plan.housing().forEach(h -> slots.put(Key.of(h.householdId(), TrackKind.HOUSING, ""),
                new PlanMove.Slot(h.dwellingId(), h.moveInWeek())));
        plan.tracks().forEach(t -> slots.put(Key.of(t.personId(), t.track(), t.ruleId()),
                new PlanMove.Slot(t.resourceId(), t.startWeek())));
        return slots;
    }
}
