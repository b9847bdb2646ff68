package nl.tegelijk.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Deadline;
import nl.tegelijk.assessment.DutyDecision;
import nl.tegelijk.assessment.ExamComponent;
import nl.tegelijk.assessment.IntegrationConsequences;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.SupportMeasure;
import nl.tegelijk.assessment.TrackRequirement;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.rules.fact.ComponentRequired;
import nl.tegelijk.rules.fact.ConsequenceSet;
import nl.tegelijk.rules.fact.DeadlineSet;
import nl.tegelijk.rules.fact.Decision;
import nl.tegelijk.rules.fact.DutyDateDecided;
import nl.tegelijk.rules.fact.DutyExpected;
import nl.tegelijk.rules.fact.DutyDecided;
import nl.tegelijk.rules.fact.HoursLimited;
import nl.tegelijk.rules.fact.LevelScaledDown;
import nl.tegelijk.rules.fact.MeasureGranted;
import nl.tegelijk.rules.fact.RegimeDecided;
import nl.tegelijk.rules.fact.RouteDecided;
import nl.tegelijk.rules.fact.TargetLevelSet;
import nl.tegelijk.rules.fact.TrackRequired;

/**
 * Collects the decisions the rules inserted about one person into an {@link Assessment}, in a deterministic order.
 * Checks that each single-answer question got exactly one answer. Not thread-safe; one per person per batch.
 */
final class AssessmentAssembler {
    /** By topic, rule id, rule name and outcome; written out, as it runs about 40 times per person. */
    static final Comparator<Justification> JUSTIFICATION_ORDER = AssessmentAssembler::compareJustifications;
    static final Comparator<SupportMeasure> MEASURE_ORDER = Comparator.comparing(SupportMeasure::domain)
            .thenComparing(SupportMeasure::measure).thenComparing(SupportMeasure::ruleId);
    private static final Comparator<Deadline> DEADLINE_ORDER = Comparator.comparing(Deadline::kind)
            .thenComparing(Deadline::date);
    private static final Comparator<TrackRequirement> TRACK_ORDER = Comparator.comparing(TrackRequirement::track)
            .thenComparing(TrackRequirement::voluntary).thenComparing(TrackRequirement::ruleId)
            .thenComparing(TrackRequirement::earliestStart);

    private final String personId;
    private final List<Decision> decisions = new ArrayList<>(24);

    AssessmentAssembler(String personId) {
        this.personId = personId;
    }

    void add(Decision decision) {
        decisions.add(decision);
    }

    Assessment assemble(AssessmentRequest request) {
        Optional<LocalDate> dutyDate = Optional.empty();
        Optional<LocalDate> expectedDutyDate = Optional.empty();
        RegimeDecided regime = null;
        DutyDecided duty = null;
        RouteDecided route = null;
        Optional<CefrLevel> level = Optional.empty();
        Optional<CefrLevel> scaledDown = Optional.empty();
        Set<ExamComponent> components = EnumSet.noneOf(ExamComponent.class);
        List<Deadline> deadlines = new ArrayList<>();
        List<TrackRequirement> tracks = new ArrayList<>();
        List<SupportMeasure> measures = new ArrayList<>();
        List<Justification> justifications = new ArrayList<>(decisions.size());
        int hours = Integer.MAX_VALUE;
        java.util.Map<ConsequenceSet.Figure, Integer> figures = new java.util.EnumMap<>(ConsequenceSet.Figure.class);
        for (Decision d : decisions) {
            addOnce(justifications, d.getJustification());
            if (d instanceof DutyDateDecided) {
                dutyDate = Optional.of(((DutyDateDecided) d).getDate());
            } else if (d instanceof DutyExpected) {
                expectedDutyDate = Optional.of(((DutyExpected) d).getDate());
            } else if (d instanceof RegimeDecided) {
                regime = single(regime, (RegimeDecided) d, "regime");
            } else if (d instanceof DutyDecided) {
                duty = single(duty, (DutyDecided) d, "duty");
            } else if (d instanceof RouteDecided) {
                route = single(route, (RouteDecided) d, "route");
            } else if (d instanceof TargetLevelSet) {
                level = Optional.of(((TargetLevelSet) d).getLevel());
            } else if (d instanceof LevelScaledDown) {
                scaledDown = Optional.of(((LevelScaledDown) d).getLevel());
            } else if (d instanceof ComponentRequired) {
                components.add(((ComponentRequired) d).getComponent());
            } else if (d instanceof DeadlineSet) {
                DeadlineSet s = (DeadlineSet) d;
                deadlines.add(new Deadline(s.getKind(), s.getDate(), s.getJustification().ruleId()));
            } else if (d instanceof TrackRequired) {
                tracks.add(((TrackRequired) d).getRequirement());
            } else if (d instanceof HoursLimited) {
                hours = Math.min(hours, ((HoursLimited) d).getHours());
            } else if (d instanceof ConsequenceSet) {
                ConsequenceSet c = (ConsequenceSet) d;
                Integer earlier = figures.put(c.getFigure(), c.getValue());
                if (earlier != null && earlier != c.getValue()) {
                    throw new IllegalStateException("Two values of (" + c.getFigure() + ") for person (" + personId
                            + "). Maybe two rules are not complementary.");
                }
            } else if (d instanceof MeasureGranted) {
                measures.add(((MeasureGranted) d).getMeasure());
            }
        }
        require(regime, "regime");
        require(duty, "duty");
        require(route, "route");
        if (hours == Integer.MAX_VALUE) {
            throw new IllegalStateException("No weekly-hours limit decided for person (" + personId + ")");
        }
        if (dutyDate.isEmpty()) {
            dutyDate = expectedDutyDate;
        }
        if (scaledDown.isPresent()) {
            level = scaledDown;
        }
        deadlines.sort(DEADLINE_ORDER);
        tracks.sort(TRACK_ORDER);
        measures.sort(MEASURE_ORDER);
        justifications.sort(JUSTIFICATION_ORDER);
        dropEqualNeighbours(justifications);
        return new Assessment(personId, dutyDate, request.referenceDate(), request.applicationDate(),
                regime.getRegime(), new DutyDecision(duty.isObliged(), duty.getGround(),
                duty.getJustification().ruleId(), duty.getJustification().legalBasis(), duty.getDutyArisesOn(),
                duty.getDispensation()), route.getRoute(), level, List.copyOf(components),
                deadlines, tracks, hours, measures, justifications, consequences(figures));
    }

    private static IntegrationConsequences consequences(java.util.Map<ConsequenceSet.Figure, Integer> figures) {
        if (figures.isEmpty()) {
            return IntegrationConsequences.NONE;
        }
        return new IntegrationConsequences(Optional.ofNullable(figures.get(ConsequenceSet.Figure.PARTICIPATION_HOURS)),
                Optional.ofNullable(figures.get(ConsequenceSet.Figure.MAX_FINE_EUROS)),
                Optional.ofNullable(figures.get(ConsequenceSet.Figure.MAX_PARTICIPATION_DECLARATION_FINE_EUROS)),
                Optional.ofNullable(figures.get(ConsequenceSet.Figure.MAX_LABOUR_MARKET_MODULE_FINE_EUROS)),
                Optional.ofNullable(figures.get(ConsequenceSet.Figure.MAX_LOAN_EUROS)),
                figures.getOrDefault(ConsequenceSet.Figure.LOAN_CANCELLED_WHEN_MET_IN_TIME, 0) == 1);
    }

    private static int compareJustifications(Justification a, Justification b) {
        if (a == b) {
            return 0;
        }
        int c = a.topic().compareTo(b.topic());
        if (c == 0) {
            c = a.ruleId().compareTo(b.ruleId());
        }
        if (c == 0) {
            c = a.ruleName().compareTo(b.ruleName());
        }
        return c != 0 ? c : a.outcome().compareTo(b.outcome());
    }

    /**
     * Adds {@code j} unless this very justification is already in the list (a rule that takes two decisions at once
     * shares one). A scan: a person has about a dozen, and a scan is cheaper than an identity set for so few.
     */
    private static void addOnce(List<Justification> justifications, Justification j) {
        for (int i = justifications.size() - 1; i >= 0; i--) {
            if (justifications.get(i) == j) {
                return;
            }
        }
        justifications.add(j);
    }

    /** Equal justifications built by different KieBases (or a cache race) are one justification. */
    private static void dropEqualNeighbours(List<Justification> sorted) {
        for (int i = sorted.size() - 1; i > 0; i--) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                sorted.remove(i);
            }
        }
    }

    private <T extends Decision> T single(T existing, T next, String question) {
        if (existing != null) {
            throw new IllegalStateException("Two answers to (" + question + ") for person (" + personId + "): ("
                    + existing.getJustification().ruleName() + ") and (" + next.getJustification().ruleName()
                    + "). Maybe two rules are not complementary.");
        }
        return next;
    }

    private void require(Object answer, String question) {
        if (answer == null) {
            throw new IllegalStateException("No answer to (" + question + ") for person (" + personId
                    + "). Maybe a complementary rule is missing.");
        }
    }

}
