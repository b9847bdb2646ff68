package nl.tegelijk.planning.domain;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import nl.tegelijk.assessment.TrackKind;

/**
 * Local search's move selection: which of the many slots a value range allows are worth trying. A value range holds
 * every eligible resource in every allowed week (docs/PLANNING.md); a uniform pick from it would mostly try starts
 * far later than needed. This factory proposes, for a random movable track, a random eligible resource at the first
 * allowed week from the track's earliest week, from near its current start, or a little later (a geometric offset),
 * now and then an unassignment, and swaps of the slots of two tracks with the same eligible resources. It prunes
 * nothing from the search space: any slot of a range can be reached.
 *
 * <p>With a {@link #setSameResourceSwapRatio same-resource swap ratio} above 0 (a custom property of the move
 * selector's configuration; 0, off, by default), that share of moves swaps the start weeks of two tracks on the same
 * resource whatever their eligible lists: two people exchange their places in one course's or employer's queue. With a
 * {@link #setDisplaceRatio displace ratio} above 0, that share of the other moves lets a track take a place on one of
 * its resources while the track there moves to an early slot elsewhere. With a {@link #setMakeRoomRatio make-room
 * ratio} above 0, that share of the remaining moves starts a required track of a person early and takes out the
 * person's voluntary track that would overlap it with the most hours: the person's weekly hours then hold the required
 * one, and other moves place the voluntary one again where it fits.
 * All three are off by default and set in the planner's configuration for smaller problems (docs/PLANNING.md,
 * "Local-search variants"). Not thread-safe: one per solver.
 */
public final class EarlyStartMoveFactory implements MoveIteratorFactory<PlanningSchedule, StartMove> {

    private List<TrackAssignment> movable = List.of();
    private Map<List<Resource>, List<TrackAssignment>> sameEligible = Map.of();
    private double sameResourceSwapRatio;
    private double displaceRatio;
    private Map<String, List<TrackAssignment>> onResource = Map.of();
    private double makeRoomRatio;
    private Map<String, List<TrackAssignment>> voluntaryOfPerson = Map.of();
    private List<TrackAssignment> requiredBesideVoluntary = List.of();

    /**
     * The share of moves that swap the start weeks of two tracks on the same resource (0 to 1; 0 by default). Set by
     * Timefold from the {@code sameResourceSwapRatio} custom property.
     */
    public void setSameResourceSwapRatio(double ratio) {
        if (!(ratio >= 0.0 && ratio <= 1.0)) {
            throw new IllegalArgumentException("sameResourceSwapRatio (" + ratio + ") must lie in [0, 1].");
        }
        this.sameResourceSwapRatio = ratio;
    }

    /**
     * The share of moves (0 to 1; 0 by default) in which a track takes a place on one of its eligible resources and a
     * track already there moves to an early slot of its own elsewhere: a chain of two changes, so that a household
     * left unhoused can take a dwelling whose tenant fits another one. Set by Timefold from the {@code displaceRatio}
     * custom property.
     */
    public void setDisplaceRatio(double ratio) {
        if (!(ratio >= 0.0 && ratio <= 1.0)) {
            throw new IllegalArgumentException("displaceRatio (" + ratio + ") must lie in [0, 1].");
        }
        this.displaceRatio = ratio;
    }

    /**
     * The share of moves (0 to 1; 0 by default) in which a required activity starts early on one of its resources and
     * the voluntary activity of the same person with the most hours that would overlap it is taken out: a voluntary job
     * no longer holds a person's weekly hours against the legal course.
     * Set by Timefold from the {@code makeRoomRatio} custom property.
     */
    public void setMakeRoomRatio(double ratio) {
        if (!(ratio >= 0.0 && ratio <= 1.0)) {
            throw new IllegalArgumentException("makeRoomRatio (" + ratio + ") must lie in [0, 1].");
        }
        this.makeRoomRatio = ratio;
    }

    @Override
    public void phaseStarted(ScoreDirector<PlanningSchedule> scoreDirector) {
        movable = new ArrayList<>();
        Map<List<Resource>, List<TrackAssignment>> groups = new IdentityHashMap<>();
        for (TrackAssignment a : scoreDirector.getWorkingSolution().getAssignments()) {
            if (!a.isPinned() && !a.getEligible().isEmpty()) {
                movable.add(a);
                groups.computeIfAbsent(a.getEligible(), k -> new ArrayList<>()).add(a);
            }
        }
        sameEligible = groups;
        Map<String, List<TrackAssignment>> voluntary = new HashMap<>();
        for (TrackAssignment a : movable) {
            if (!a.isRequired() && a.getTrack() != TrackKind.HOUSING) {
                voluntary.computeIfAbsent(a.getPersonId(), k -> new ArrayList<>()).add(a);
            }
        }
        voluntaryOfPerson = voluntary;
        List<TrackAssignment> required = new ArrayList<>();
        for (TrackAssignment a : movable) {
            if (a.isRequired() && a.getTrack() != TrackKind.HOUSING
                    && voluntary.containsKey(a.getPersonId())) {
                required.add(a);
            }
        }
        requiredBesideVoluntary = required;
    }

    @Override
    public void phaseEnded(ScoreDirector<PlanningSchedule> scoreDirector) {
        movable = List.of();
        sameEligible = Map.of();
        onResource = Map.of();
        voluntaryOfPerson = Map.of();
        requiredBesideVoluntary = List.of();
    }

    @Override
    public long getSize(ScoreDirector<PlanningSchedule> scoreDirector) {
        return movable.stream().mapToLong(a -> a.getSlotRange().size() + 1L).sum();
    }

    @Override
    public Iterator<StartMove> createOriginalMoveIterator(ScoreDirector<PlanningSchedule> scoreDirector) {
        throw new UnsupportedOperationException("EarlyStartMoveFactory only selects at random.");
    }

    @Override
    public Iterator<StartMove> createRandomMoveIterator(ScoreDirector<PlanningSchedule> scoreDirector, Random random) {
        int horizon = scoreDirector.getWorkingSolution().getHorizonWeeks();
        if (sameResourceSwapRatio > 0.0 || displaceRatio > 0.0) {
            // Called once per step: the tracks on each resource as the step starts (in entity order, deterministic).
            Map<String, List<TrackAssignment>> index = new HashMap<>();
            for (TrackAssignment a : movable) {
                if (a.getSlot() != null) {
                    index.computeIfAbsent(a.getSlot().resource().id(), k -> new ArrayList<>()).add(a);
                }
            }
            onResource = index;
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public StartMove next() {
                if (movable.isEmpty()) {
                    throw new NoSuchElementException();
                }
                while (true) {
                    StartMove move = propose(movable.get(random.nextInt(movable.size())), random, horizon);
                    if (move != null) {
                        return move;
                    }
                }
            }
        };
    }

    private StartMove propose(TrackAssignment a, Random random, int horizon) {
        if (sameResourceSwapRatio > 0.0 && random.nextDouble() < sameResourceSwapRatio) {
            return swapOnResource(a, random);
        }
        if (displaceRatio > 0.0 && random.nextDouble() < displaceRatio) {
            return displace(a, random, horizon);
        }
        if (makeRoomRatio > 0.0 && random.nextDouble() < makeRoomRatio) {
            return requiredBesideVoluntary.isEmpty() ? null
                    : makeRoom(requiredBesideVoluntary.get(random.nextInt(requiredBesideVoluntary.size())), random,
                    horizon);
        }
        int kind = random.nextInt(16);
        if (kind == 0) {
            return a.isAssigned() ? new StartMove(a, null) : null;
        }
        if (kind <= 3) {
            return swap(a, random);
        }
        List<Resource> eligible = a.getEligible();
        Resource r = eligible.get(random.nextInt(eligible.size()));
        int from;
        if (kind <= 9 || !a.isAssigned()) {
            from = a.getEarliestWeek() + geometric(random);
        } else {
            from = Math.max(a.getEarliestWeek(), a.getSlot().startWeek() - 4 + random.nextInt(9));
        }
        int week = r.firstStartFrom(Math.max(from, a.getEarliestWeek()), horizon);
        if (week < 0) {
            week = r.firstStartFrom(a.getEarliestWeek(), horizon);
        }
        Slot slot = week < 0 ? null : a.slotAt(r, week);
        return slot == null || slot.equals(a.getSlot()) ? null : new StartMove(a, slot);
    }

    /** Swaps the slots of {@code a} and another track with the same eligible resources, where both ranges allow it. */
    private StartMove swap(TrackAssignment a, Random random) {
        List<TrackAssignment> group = sameEligible.get(a.getEligible());
        if (group == null || group.size() < 2) {
            return null;
        }
        TrackAssignment b = group.get(random.nextInt(group.size()));
        if (b == a || b.getMaxWeeks() != a.getMaxWeeks() || java.util.Objects.equals(a.getSlot(), b.getSlot())) {
            return null;
        }
        Slot toA = b.getSlot() == null ? null : a.slotAt(b.getSlot().resource(), b.getSlot().startWeek());
        Slot toB = a.getSlot() == null ? null : b.slotAt(a.getSlot().resource(), a.getSlot().startWeek());
        if (b.getSlot() != null && toA == null || a.getSlot() != null && toB == null) {
            return null;
        }
        return new StartMove(a, toA, b, toB);
    }

    /**
     * Swaps the start weeks of {@code a} and another track on the same resource, where both ranges allow the other's
     * week (each keeps its own spell length).
     */
    private StartMove swapOnResource(TrackAssignment a, Random random) {
        Slot slot = a.getSlot();
        if (slot == null) {
            return null;
        }
        List<TrackAssignment> queue = onResource.get(slot.resource().id());
        if (queue == null || queue.size() < 2) {
            return null;
        }
        TrackAssignment b = queue.get(random.nextInt(queue.size()));
        Slot other = b.getSlot();
        if (b == a || other == null || !other.resource().id().equals(slot.resource().id()) || other.startWeek() == slot.startWeek()) {
            return null;
        }
        Slot toA = a.slotAt(slot.resource(), other.startWeek());
        Slot toB = b.slotAt(slot.resource(), slot.startWeek());
        return toA == null || toB == null ? null : new StartMove(a, toA, b, toB);
    }

    /**
     * {@code a} takes a place on a random eligible resource, at the start week of a track {@code b} there or else at its
     * own first start there, and {@code b} moves to an early slot of a random resource of its own.
     */
    private StartMove displace(TrackAssignment a, Random random, int horizon) {
        List<Resource> eligible = a.getEligible();
        Resource r = eligible.get(random.nextInt(eligible.size()));
        List<TrackAssignment> queue = onResource.get(r.id());
        if (queue == null || queue.isEmpty()) {
            return null;
        }
        TrackAssignment b = queue.get(random.nextInt(queue.size()));
        Slot taken = b.getSlot();
        if (b == a || taken == null || !taken.resource().id().equals(r.id())) {
            return null;
        }
        Slot toA = a.slotAt(r, taken.startWeek());
        if (toA == null) {
            int week = r.firstStartFrom(a.getEarliestWeek(), horizon);
            toA = week < 0 ? null : a.slotAt(r, week);
        }
        List<Resource> own = b.getEligible();
        Resource elsewhere = own.get(random.nextInt(own.size()));
        int week = elsewhere.firstStartFrom(b.getEarliestWeek() + geometric(random), horizon);
        if (week < 0) {
            week = elsewhere.firstStartFrom(b.getEarliestWeek(), horizon);
        }
        Slot toB = week < 0 ? null : b.slotAt(elsewhere, week);
        if (toA == null || toB == null || toA.equals(a.getSlot()) || toB.equals(taken)) {
            return null;
        }
        return new StartMove(a, toA, b, toB);
    }

    /**
     * Required activity {@code a} starts at the first week a random eligible resource allows from its earliest week, and
     * the voluntary activity of the same person with the most hours among those that overlap that spell is left
     * unplanned, for other moves to place again where the person's hours allow. Null when nothing overlaps.
     */
    private StartMove makeRoom(TrackAssignment a, Random random, int horizon) {
        List<Resource> eligible = a.getEligible();
        Resource r = eligible.get(random.nextInt(eligible.size()));
        int week = r.firstStartFrom(a.getEarliestWeek(), horizon);
        Slot toA = week < 0 ? null : a.slotAt(r, week);
        if (toA == null || toA.equals(a.getSlot())) {
            return null;
        }
        TrackAssignment b = null;
        for (TrackAssignment v : voluntaryOfPerson.get(a.getPersonId())) {
            if (v.getSlot() != null && v.getSlot().overlaps(toA)
                    && (b == null || v.getSlot().hoursPerWeek() > b.getSlot().hoursPerWeek())) {
                b = v;
            }
        }
        return b == null ? null : new StartMove(a, toA, b, null);
    }

    /** 0 half the time, then 1–3, 4–11, 12–27 … weeks: early starts first, later ones still reachable. */
    private static int geometric(Random random) {
        int offset = 0;
        int span = 1;
        while (random.nextBoolean() && span < 64) {
            offset += span;
            span *= 2;
        }
        return offset == 0 ? 0 : offset + random.nextInt(span);
    }
}
