package nl.tegelijk.planning.constraints;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;
import static nl.tegelijk.planning.constraints.ConstraintNames.*;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import java.util.List;
import nl.tegelijk.assessment.TrackKind;
import nl.tegelijk.planning.constraints.justification.TrackJustification;
import nl.tegelijk.planning.domain.DutchProgress;
import nl.tegelijk.planning.domain.Participant;
import nl.tegelijk.planning.domain.QuotaPeriod;
import nl.tegelijk.planning.domain.Slot;
import nl.tegelijk.planning.domain.TrackAssignment;

/**
 * The one constraint provider of Tegelijk: hard rules, unplanned work (medium) and the headline measures (soft).
 * Stateless and thread-safe. See {@code docs/PLANNING.md} for the table of constraints and weights.
 */
public final class TegelijkConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            // Hard
            resourceOverCapacity(f),
            dwellingDoesNotFit(f),
            weeklyHoursExceeded(f),
            startNotAllowed(f),
            dutchLevelTooLow(f),
            spellLongerThanAllowed(f),
            activityDoesNotMeetOption(f),
            // Medium
            requiredTrackUnplanned(f),
            deadlineMissed(f),
            // Soft
            weeksToFullParticipation(f),
            weeksToEveryNeed(f),
            longWaitToFullParticipation(f),
            waitingWeeksPerTrack(f),
            housingQuotaShortfall(f),
            travelFromReception(f),
            travelFromDwelling(f),
            placementOutsideSkills(f),
            housedFarFromSchool(f),
            promisedSlotMoved(f),
        };
    }

    // A resource never holds more participants in a week than its capacity (one household per dwelling from
    // move-in); an open offer without a cap (volunteer work, social participation, pre-integration) holds everyone.
    // Counted in the start week of every activity, where each overfull spell begins: per activity, the occupants
    // beyond capacity then. So every activity taken out of an overfull week lowers the penalty, also where full
    // cohorts follow each other (a peak per connected chain of spells would count two overfull cohorts once).
    Constraint resourceOverCapacity(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> a.getSlot().resource().capped())
                .join(f.forEach(TrackAssignment.class).filter(b -> b.getSlot().resource().capped()),
                        equal(a -> a.getSlot().resource(), b -> b.getSlot().resource()),
                        overlapping(a -> a.getSlot().startWeek(), a -> a.getSlot().startWeek() + 1,
                                b -> b.getSlot().startWeek(), b -> b.getSlot().endWeek()))
                .groupBy((a, b) -> a, toList((a, b) -> b))
                .filter((a, occupants) -> occupants.size() > a.getSlot().resource().capacity())
                .penalizeLong(HardMediumSoftLongScore.ofHard(1),
                        (a, occupants) -> occupants.size() - a.getSlot().resource().capacity())
                .justifyWith((a, occupants, score) -> new TrackJustification(
                        occupants.stream().map(TrackAssignment::getPersonId).sorted().toList(),
                        List.of(a.getSlot().resource().id()), "%s holds %d in week %d, capacity %d".formatted(
                                a.getSlot().resource().id(), occupants.size(), a.getSlot().startWeek(),
                                a.getSlot().resource().capacity())))
                .asConstraint(RESOURCE_OVER_CAPACITY);
    }

    // A dwelling must take every member, have enough rooms (local policy, HV-FIT-01) and be accessible when needed.
    Constraint dwellingDoesNotFit(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> a.isHousing() && !a.getSlot().resource().isDwelling()
                        || a.isHousing() && a.getSlot().resource().maxOccupants() < a.getOccupants())
                .penalizeLong(HardMediumSoftLongScore.ofHard(1))
                .justifyWith((a, score) -> new TrackJustification(List.of(a.getHouseholdId()),
                        List.of(a.getSlot().resource().id()), "dwelling too small for the household"))
                .asConstraint(DWELLING_DOES_NOT_FIT);
    }

    // A person's concurrent activities never exceed the weekly hours limit of the assessment (penalty: the hours
    // beyond it in each activity's start week).
    Constraint weeklyHoursExceeded(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> !a.isHousing())
                .groupBy(TrackAssignment::getPersonId, toList())
                .filter((person, list) -> excessHours(list) > 0)
                .penalizeLong(HardMediumSoftLongScore.ofHard(1), (person, list) -> excessHours(list))
                .justifyWith((person, list, score) -> new TrackJustification(List.of(person),
                        list.stream().map(a -> a.getSlot().resource().id()).sorted().toList(),
                        ("concurrent activities exceed the weekly hours limit by %d hours, summed over their start "
                                + "weeks").formatted(excessHours(list))))
                .asConstraint(WEEKLY_HOURS_EXCEEDED);
    }

    // Nothing starts before the assessment's earliest week, the resource's availability or outside its intake weeks.
    Constraint startNotAllowed(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> a.getSlot().startWeek() < a.getEarliestWeek()
                        || !a.getSlot().resource().allowsStartIn(a.getSlot().startWeek())
                        || a.getSlot().startWeek() >= a.getHorizonWeeks())
                .penalizeLong(HardMediumSoftLongScore.ofHard(1))
                .justifyWith((a, score) -> new TrackJustification(a.getParticipantIds(),
                        List.of(a.getSlot().resource().id()), "start week not allowed"))
                .asConstraint(START_NOT_ALLOWED);
    }

    // A placement's minimum level of Dutch is met at its start (WORK-BIJ-03 and the employer's requirement): by the level
    // at intake, or by the level reached in a course of the person's that started earlier (language and work at the
    // same time; DutchProgress: one CEFR step per 26 course weeks, an assumption).
    Constraint dutchLevelTooLow(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> a.getTrack() == TrackKind.WORK
                        && !a.getDutchLevel().atLeast(a.getSlot().resource().minimumDutchLevel()))
                .ifNotExists(f.forEach(TrackAssignment.class).filter(c -> c.getTrack() == TrackKind.LANGUAGE),
                        equal(TrackAssignment::getPersonId, TrackAssignment::getPersonId),
                        filtering((w, c) -> levelReached(w, c).atLeast(w.getSlot().resource().minimumDutchLevel())))
                .penalizeLong(HardMediumSoftLongScore.ofHard(1))
                .justifyWith((a, score) -> new TrackJustification(List.of(a.getPersonId()),
                        List.of(a.getSlot().resource().id()), "placement needs a higher level of Dutch"))
                .asConstraint(DUTCH_LEVEL_TOO_LOW);
    }

    // A spell lasts no longer than the option allows (WORK-AS-02: an asylum seeker's paid work at most 24 weeks in 52
    // when the law is applied before 29 November 2023).
    Constraint spellLongerThanAllowed(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> a.getMaxWeeks() != TrackAssignment.NO_MAXIMUM
                        && a.getSlot().endWeek() - a.getSlot().startWeek() > a.getMaxWeeks())
                .penalizeLong(HardMediumSoftLongScore.ofHard(1),
                        a -> a.getSlot().endWeek() - a.getSlot().startWeek() - a.getMaxWeeks())
                .justifyWith((a, score) -> new TrackJustification(List.of(a.getPersonId()),
                        List.of(a.getSlot().resource().id()), "spell of %d weeks, the option (%s) allows %d".formatted(
                                a.getSlot().endWeek() - a.getSlot().startWeek(), a.getRuleId(), a.getMaxWeeks())))
                .asConstraint(SPELL_LONGER_THAN_ALLOWED);
    }

    // An option is met only by a resource of a kind it allows: a legal course requirement (e.g. the A2 course,
    // WI13-DUTY-01) never by voluntary pre-integration (WI21-AZC-01).
    Constraint activityDoesNotMeetOption(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> !a.isHousing() && !a.getAllowedKinds().isEmpty()
                        && !a.getAllowedKinds().contains(a.getSlot().resource().subKind()))
                .penalizeLong(HardMediumSoftLongScore.ofHard(1))
                .justifyWith((a, score) -> new TrackJustification(List.of(a.getPersonId()),
                        List.of(a.getSlot().resource().id()), "%s does not meet the option (%s)".formatted(
                                a.getSlot().resource().subKind(), a.getRuleId())))
                .asConstraint(ACTIVITY_DOES_NOT_MEET_OPTION);
    }

    // Every required track is planned: a child's school first (EDU-ASYL-01), then housing per person, language, work.
    Constraint requiredTrackUnplanned(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(TrackAssignment.class)
                .filter(a -> a.isRequired() && !a.isAssigned())
                .penalizeLong(HardMediumSoftLongScore.ofMedium(1), TegelijkConstraintProvider::unplannedWeight)
                .justifyWith((a, score) -> new TrackJustification(a.getParticipantIds(), List.of(),
                        "required %s track unplanned".formatted(a.getTrack().name().toLowerCase())))
                .asConstraint(REQUIRED_TRACK_UNPLANNED);
    }

    // A track with a legal deadline (e.g. school within 3 months, EDU-ASYL-01; housing, HV-KOPPEL-01) starts by it:
    // person-weeks late, an unplanned track late until the horizon end (so dropping a track never pays).
    Constraint deadlineMissed(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(TrackAssignment.class)
                .filter(a -> a.getDeadlineWeek() != TrackAssignment.NO_DEADLINE
                        && a.effectiveStartWeek() > a.getDeadlineWeek())
                .penalizeLong(HardMediumSoftLongScore.ofMedium(1),
                        a -> (long) (a.effectiveStartWeek() - a.getDeadlineWeek()) * a.weight())
                .justifyWith((a, score) -> new TrackJustification(a.getParticipantIds(),
                        a.isAssigned() ? List.of(a.getSlot().resource().id()) : List.of(),
                        "starts %d weeks after its deadline".formatted(a.effectiveStartWeek() - a.getDeadlineWeek())))
                .asConstraint(DEADLINE_MISSED);
    }

    // Tegelijk: the weeks from arrival until a person takes part in every required track (unplanned: horizon end).
    Constraint weeksToFullParticipation(ConstraintFactory f) {
        return lastRequiredStart(f)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(10), (p, week) -> Math.max(0, week - p.arrivalWeek()))
                .justifyWith((p, week, score) -> new TrackJustification(List.of(p.personId()), List.of(),
                        "takes part in every track after %d weeks".formatted(Math.max(0, week - p.arrivalWeek()))))
                .asConstraint(WEEKS_TO_FULL_PARTICIPATION);
    }

    // The twin of the headline over every need the intake found, voluntary options included: per person the weeks from
    // the earliest week of their first option to the start of their last (unplanned: the horizon end).
    Constraint weeksToEveryNeed(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(TrackAssignment.class)
                .flattenLast(TrackAssignment::participantWeeks)
                .groupBy(TrackAssignment.ParticipantWeeks::personId,
                        min(TrackAssignment.ParticipantWeeks::earliestWeek),
                        max(TrackAssignment.ParticipantWeeks::startWeek))
                .filter((person, first, last) -> last > first)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(5), (person, first, last) -> last - first)
                .justifyWith((person, first, last, score) -> new TrackJustification(List.of(person), List.of(),
                        "takes part in every need after %d weeks".formatted(last - first)))
                .asConstraint(WEEKS_TO_EVERY_NEED);
    }

    // Fairness: no one waits very long for full participation (the square of the weeks).
    Constraint longWaitToFullParticipation(ConstraintFactory f) {
        return lastRequiredStart(f)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(1), (p, week) -> {
                    long w = Math.max(0, week - p.arrivalWeek());
                    return w * w;
                })
                .asConstraint(LONG_WAIT_TO_FULL_PARTICIPATION);
    }

    // Each track, required or voluntary, starts as soon after its earliest week as it can (unplanned: horizon end).
    Constraint waitingWeeksPerTrack(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(TrackAssignment.class)
                .filter(a -> a.waitingWeeks() > 0)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(5), a -> (long) a.waitingWeeks() * a.weight())
                .asConstraint(WAITING_WEEKS_PER_TRACK);
    }

    // Housing quota (taakstelling, Huisvestingswet 2014 art. 28): persons housed by each half-year's end, cumulative.
    Constraint housingQuotaShortfall(ConstraintFactory f) {
        return f.forEach(QuotaPeriod.class)
                .join(f.forEach(TrackAssignment.class).filter(TrackAssignment::isHousing),
                        filtering((q, a) -> a.getSlot().startWeek() <= q.lastWeek()))
                .groupBy((q, a) -> q, sum((q, a) -> a.getOccupants()))
                .complement(QuotaPeriod.class, q -> 0)
                .filter((q, housed) -> housed < q.cumulativePersons())
                .penalizeLong(HardMediumSoftLongScore.ofSoft(20), (q, housed) -> q.cumulativePersons() - housed)
                .justifyWith((q, housed, score) -> new TrackJustification(List.of(), List.of(),
                        "%s: %d of %d persons housed".formatted(q.label(), housed, q.cumulativePersons())))
                .asConstraint(HOUSING_QUOTA_SHORTFALL);
    }

    // Travel in whole km from where a person lives before moving (reception location) to the activity.
    Constraint travelFromReception(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> !a.isHousing())
                .ifNotExists(f.forEach(TrackAssignment.class).filter(TrackAssignment::isHousing),
                        equal(TrackAssignment::getHouseholdId, TrackAssignment::getHouseholdId),
                        filtering((a, h) -> h.getSlot().startWeek() <= a.getSlot().startWeek()))
                .penalizeLong(HardMediumSoftLongScore.ofSoft(1),
                        a -> Math.round(a.getHomeLocation().distanceKmTo(a.getSlot().resource().location())))
                .asConstraint(TRAVEL_FROM_RECEPTION);
    }

    // Travel in whole km from the household's dwelling, once moved in, to the activity.
    Constraint travelFromDwelling(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> !a.isHousing())
                .join(f.forEach(TrackAssignment.class).filter(TrackAssignment::isHousing),
                        equal(TrackAssignment::getHouseholdId, TrackAssignment::getHouseholdId),
                        filtering((a, h) -> h.getSlot().startWeek() <= a.getSlot().startWeek()))
                .penalizeLong(HardMediumSoftLongScore.ofSoft(1), (a, h) -> Math.round(
                        h.getSlot().resource().location().distanceKmTo(a.getSlot().resource().location())))
                .asConstraint(TRAVEL_FROM_DWELLING);
    }

    // Own strength first: a placement in a sector the person has skills in (when any skills are known).
    Constraint placementOutsideSkills(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(a -> a.getTrack() == TrackKind.WORK && !a.getSkills().isEmpty()
                        && !a.getSkills().contains(a.getSlot().resource().sector()))
                .penalizeLong(HardMediumSoftLongScore.ofSoft(15))
                .justifyWith((a, score) -> new TrackJustification(List.of(a.getPersonId()),
                        List.of(a.getSlot().resource().id()), "placement sector outside the person's skills"))
                .asConstraint(PLACEMENT_OUTSIDE_SKILLS);
    }

    // Households are housed near their children's school: km from the dwelling to each minor's school, doubled.
    Constraint housedFarFromSchool(ConstraintFactory f) {
        return f.forEach(TrackAssignment.class)
                .filter(TrackAssignment::isHousing)
                .join(f.forEach(TrackAssignment.class).filter(a -> a.getTrack() == TrackKind.EDUCATION && a.isMinor()),
                        equal(TrackAssignment::getHouseholdId, TrackAssignment::getHouseholdId))
                .penalizeLong(HardMediumSoftLongScore.ofSoft(2), (h, e) -> Math.round(
                        h.getSlot().resource().location().distanceKmTo(e.getSlot().resource().location())))
                .asConstraint(HOUSED_FAR_FROM_SCHOOL);
    }

    // Plan stability in a replan: a slot an earlier plan gave (a date the person and the provider were told) moves only
    // when that gains more than 4 waiting weeks; started tracks are pinned and never move at all.
    Constraint promisedSlotMoved(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(TrackAssignment.class)
                .filter(TrackAssignment::movedFromPromise)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(20), TrackAssignment::weight)
                .justifyWith((a, score) -> new TrackJustification(a.getParticipantIds(),
                        a.isAssigned() ? List.of(a.getSlot().resource().id()) : List.of(),
                        "moved from the slot an earlier plan gave"))
                .asConstraint(PROMISED_SLOT_MOVED);
    }

    /** Per participant the week the last of their required tracks starts (unplanned: the horizon end). */
    private static BiConstraintStream<Participant, Integer> lastRequiredStart(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(TrackAssignment.class)
                .filter(TrackAssignment::isRequired)
                .join(Participant.class, equal(TrackAssignment::getHouseholdId, Participant::householdId),
                        filtering((a, p) -> a.getParticipantIds().contains(p.personId())))
                .groupBy((TrackAssignment a, Participant p) -> p,
                        max((TrackAssignment a, Participant p) -> (Integer) a.effectiveStartWeek()));
    }

    /** The level of Dutch of {@code work}'s person at its start after the weeks of {@code course} before it. */
    static nl.tegelijk.model.CefrLevel levelReached(TrackAssignment work, TrackAssignment course) {
        Slot c = course.getSlot();
        int weeks = Math.min(c.endWeek(), work.getSlot().startWeek()) - c.startWeek();
        return DutchProgress.levelAfter(work.getDutchLevel(), c.resource().subKind(), weeks);
    }

    /** The medium weight of leaving a required track unplanned. */
    static long unplannedWeight(TrackAssignment a) {
        return switch (a.getTrack()) {
            case EDUCATION -> a.isMinor() ? 16 : 4;
            case HOUSING -> 8L * a.weight();
            case LANGUAGE -> 4;
            case WORK -> 2;
        };
    }

    /**
     * Hours beyond the limit in the start week of each of a person's activities, summed (all carry the person's limit).
     * An overfull spell begins at some activity's start, so taking out any activity that takes part in one lowers the
     * sum; the busiest week alone would not, where a person has two overfull spells.
     */
    static int excessHours(List<TrackAssignment> activities) {
        int excess = 0;
        for (TrackAssignment at : activities) {
            int week = at.getSlot().startWeek();
            int hours = 0;
            for (TrackAssignment other : activities) {
                Slot s = other.getSlot();
                if (s.startWeek() <= week && week < s.endWeek()) {
                    hours += s.hoursPerWeek();
                }
            }
            excess += Math.max(0, hours - at.getWeeklyHoursLimit());
        }
        return excess;
    }
}
