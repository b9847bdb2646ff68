package nl.tegelijk.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.model.Dwelling;
import nl.tegelijk.model.Household;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.planning.HousingPlacement;
import nl.tegelijk.planning.Plan;
import nl.tegelijk.planning.TrackPlacement;

/**
 * The previous plan as the case system reported the past week: what the replan must keep and what the replan check
 * compares with. Case systems report on Monday what happened last week, so the plan's starts in the past week are
 * corrected by the reports: a start that did not happen is gone ({@link Change.StartMissed}), a start recorded in the
 * past week stands where and when it happened, a start recorded in the as-of week that the plan had in the past week
 * happened late (it stands in the as-of week, pinned there), an activity left early or at a placement that ended is
 * over, and a household that has outgrown its dwelling (it grew, or needs more rooms or an accessible dwelling) has a
 * new housing need. Everything else that started before the as-of week stands as planned. Stateless and thread-safe.
 *
 * <p>Only the reports decide here, never the planner: the facade pins what this plan started before the as-of week,
 * and {@code validate(previous, replan)} checks the new plan against it.
 */
final class ReportedPast {

    private ReportedPast() {
    }

    /** The previous plan corrected by what the batch reported, for the scenario after the batch. */
    static Plan of(Plan previous, ChangeApplier.Applied applied, int asOfWeek) {
        Scenario next = applied.scenario();
        LocalDate asOf = next.planStart().plusWeeks(asOfWeek);
        Map<String, Household> households = new HashMap<>();
        next.households().forEach(x -> households.put(x.id(), x));
        Map<String, Dwelling> dwellings = new HashMap<>();
        next.dwellings().forEach(d -> dwellings.put(d.id(), d));
        Map<String, List<Person>> members = next.membersByHousehold();
        List<HousingPlacement> housing = new ArrayList<>();
        for (HousingPlacement h : previous.housing()) {
            boolean missed = applied.missedStarts().stream().anyMatch(m -> m.track() == TrackKind.HOUSING
                    && m.subjectId().equals(h.householdId()) && m.resourceId().equals(h.dwellingId())
                    && h.moveInWeek() == asOfWeek - 1);
            Household household = households.get(h.householdId());
            Dwelling dwelling = dwellings.get(h.dwellingId());
            // A household that has outgrown its dwelling (it grew, or needs more rooms or an accessible one).
            boolean outgrown = h.moveInWeek() < asOfWeek && household != null && dwelling != null
                    && !dwelling.fits(household, members.getOrDefault(h.householdId(), List.of()).size());
            if (!missed && !outgrown) {
                housing.add(recorded(h, applied, asOf, asOfWeek));
            }
        }
        List<TrackPlacement> tracks = new ArrayList<>();
        List<TrackPlacement> recorded = new ArrayList<>();
        List<TrackPlacement> ended = new ArrayList<>(previous.ended());
        for (TrackPlacement t : previous.tracks()) {
            if (!over(t, applied, asOfWeek)) {
                tracks.add(t);
            } else {
                ranUntil(t, applied, asOfWeek).ifPresent(end -> ended.add(new TrackPlacement(t.personId(), t.track(),
                        t.resourceId(), t.startWeek(), t.startDate(), end, t.hoursPerWeek(), t.ruleId())));
            }
        }
        for (Change.ActualStartRecorded s : applied.actualStarts()) {
            if (s.track() == TrackKind.HOUSING) {
                continue;
            }
            int week = s.date().isBefore(asOf) ? asOfWeek - 1 : asOfWeek;
            List<TrackPlacement> options = tracks.stream()
                    .filter(t -> t.personId().equals(s.subjectId()) && t.track() == s.track() && !recorded.contains(t))
                    .toList();
            Optional<TrackPlacement> asPlanned = options.stream()
                    .filter(t -> t.startWeek() == week && t.resourceId().equals(s.resourceId())).findFirst();
            if (week == asOfWeek && asPlanned.isEmpty()) {
                asPlanned = options.stream().filter(t -> t.startWeek() == asOfWeek).findFirst();
            }
            if (asPlanned.isPresent()) {
                recorded.add(asPlanned.get()); // it happened as planned: nothing to correct
                continue;
            }
            // The option it meets: in the past week a planned one not started before it, in the as-of week one the
            // plan had in the past week (it happened late); the same resource first. Other starts in the as-of week
            // are pinned by the facade as they come.
            Optional<TrackPlacement> planned = options.stream()
                    .filter(t -> week == asOfWeek - 1 ? t.startWeek() >= asOfWeek - 1 : t.startWeek() == asOfWeek - 1)
                    .min(Comparator.comparing((TrackPlacement t) -> !t.resourceId().equals(s.resourceId()))
                            .thenComparingInt(TrackPlacement::startWeek));
            if (planned.isPresent()) {
                TrackPlacement t = planned.get();
                TrackPlacement moved = new TrackPlacement(t.personId(), t.track(), s.resourceId(), week,
                        next.planStart().plusWeeks(week), week + t.endWeek() - t.startWeek(), t.hoursPerWeek(),
                        t.ruleId());
                tracks.set(tracks.indexOf(t), moved);
                recorded.add(moved);
            }
        }
        return new Plan(previous.scenarioName(), previous.planStart(), previous.horizonWeeks(), previous.method(),
                housing, tracks, previous.unplanned(), previous.score(), previous.explanation(), ended);
    }

    /**
     * The week after the last week an activity that is over ran: the week of the date it was left, or the as-of week
     * for a placement that ended; empty for a start that did not happen.
     */
    private static Optional<Integer> ranUntil(TrackPlacement t, ChangeApplier.Applied applied, int asOfWeek) {
        Optional<Integer> left = applied.leftEarly().stream()
                .filter(l -> l.track() == t.track() && l.personId().equals(t.personId())
                        && l.resourceId().equals(t.resourceId()))
                .map(l -> applied.weekOf(l.date()) + 1).findFirst();
        if (left.isPresent()) {
            return left.map(end -> Math.min(end, t.endWeek()));
        }
        return applied.withdrawnResources().contains(t.resourceId()) && t.startWeek() < asOfWeek
                ? Optional.of(Math.min(asOfWeek, t.endWeek())) : Optional.empty();
    }

    /**
     * A started activity that is over: left early (still running when left; options of one track at one resource are
     * one activity there), or at a placement that ended; or a start that did not happen.
     */
    private static boolean over(TrackPlacement t, ChangeApplier.Applied applied, int asOfWeek) {
        boolean missed = t.startWeek() == asOfWeek - 1 && applied.missedStarts().stream()
                .anyMatch(m -> m.track() == t.track() && m.subjectId().equals(t.personId())
                        && m.resourceId().equals(t.resourceId()));
        boolean left = t.startWeek() < asOfWeek && applied.leftEarly().stream()
                .anyMatch(l -> l.track() == t.track() && l.personId().equals(t.personId())
                        && l.resourceId().equals(t.resourceId()) && t.endWeek() > applied.weekOf(l.date()));
        boolean ended = t.startWeek() < asOfWeek && applied.withdrawnResources().contains(t.resourceId());
        return missed || left || ended;
    }

    /**
     * The housing where and when its recorded start says: in the past week wherever the plan had it from then on, in
     * the as-of week only when the plan had it in the past week (it happened late); otherwise as planned.
     */
    private static HousingPlacement recorded(HousingPlacement h, ChangeApplier.Applied applied, LocalDate asOf,
                                             int asOfWeek) {
        for (Change.ActualStartRecorded s : applied.actualStarts()) {
            if (s.track() != TrackKind.HOUSING || !s.subjectId().equals(h.householdId())
                    || h.moveInWeek() < asOfWeek - 1) {
                continue;
            }
            int week = s.date().isBefore(asOf) ? asOfWeek - 1 : asOfWeek;
            if (week == asOfWeek - 1 || h.moveInWeek() == asOfWeek - 1) {
                return new HousingPlacement(h.householdId(), h.memberIds(), s.resourceId(), week,
                        asOf.plusWeeks(week - asOfWeek));
            }
        }
        return h;
    }
}
