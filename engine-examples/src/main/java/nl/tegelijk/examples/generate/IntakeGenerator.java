package nl.tegelijk.examples.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.model.Accommodation;
import nl.tegelijk.model.CefrLevel;
import nl.tegelijk.model.EducationLevel;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.IntakeParty;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.NeedLevel;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.SupportNeed;

/**
 * Intake reports of the three parties (Zaanstad's integral intake) for permit holders and part of the asylum
 * seekers. Findings follow from the person's facts (literacy course for the illiterate, childcare for carers,
 * mental-health referral for concerns, ...); a party now and then sees a domain one level differently, so that
 * conflicts occur. Texts are short, neutral and hold no names. Not thread-safe: one instance per generation.
 */
final class IntakeGenerator {
    /** Chance that a party reports a need level one step away from the others (assumption). */
    static final double DISAGREEMENT = 0.08;

    private static final Map<IntakeParty, List<LifeDomain>> DOMAINS = new EnumMap<>(Map.of(
            IntakeParty.SOCIAL_DISTRICT_TEAM, List.of(LifeDomain.HOUSING, LifeDomain.EDUCATION,
                    LifeDomain.HEALTH_AND_SAFETY, LifeDomain.PARTICIPATION),
            IntakeParty.REFUGEE_SUPPORT_ORGANISATION, List.of(LifeDomain.HOUSING, LifeDomain.LANGUAGE,
                    LifeDomain.HEALTH_AND_SAFETY, LifeDomain.PARTICIPATION),
            IntakeParty.WORK_DEPARTMENT, List.of(LifeDomain.LANGUAGE, LifeDomain.EDUCATION, LifeDomain.WORK)));
    private static final List<String> NOTES = List.of("Interview held with an interpreter.",
            "Follow-up conversation planned.", "Information shared with consent.");

    private final LocalDate start;
    private final Draw draw;
    private int nextId = 1;

    IntakeGenerator(GeneratorSettings settings, Draw draw) {
        this.start = settings.planStart();
        this.draw = draw;
    }

    List<IntakeReport> reports(List<Person> persons) {
        List<IntakeReport> reports = new ArrayList<>();
        for (Person p : persons) {
            if (p.ageOn(start) < 16 && !p.unaccompaniedMinor()) {
                continue;
            }
            for (IntakeParty party : parties(p)) {
                reports.add(report(p, party));
            }
        }
        return reports;
    }

    private List<IntakeParty> parties(Person p) {
        StatusStage stage = StatusStage.of(p, start);
        return switch (stage) {
            case LINKED_WAITING, ARRIVED_EARLIER -> List.of(IntakeParty.values());
            case PERMIT_NOT_LINKED -> draw.chance(0.5) ? List.of(IntakeParty.REFUGEE_SUPPORT_ORGANISATION) : List.of();
            case ASYLUM_SEEKER -> {
                boolean longEnough = p.asylumApplicationDate().map(d -> d.isBefore(start.minusWeeks(12))).orElse(false);
                if (!longEnough || !draw.chance(0.4)) {
                    yield List.of();
                }
                yield draw.chance(0.5)
                        ? List.of(IntakeParty.REFUGEE_SUPPORT_ORGANISATION, IntakeParty.WORK_DEPARTMENT)
                        : List.of(IntakeParty.REFUGEE_SUPPORT_ORGANISATION);
            }
            case EXPECTED_ARRIVAL, OTHER -> List.of(); // an expected arrival is met after linking
        };
    }

    private IntakeReport report(Person p, IntakeParty party) {
        LocalDate after = p.arrivalInMunicipalityDate().or(p::linkedToMunicipalityDate).or(p::permitGrantedDate)
                .filter(d -> d.isBefore(start))
                .orElseGet(() -> p.asylumApplicationDate().orElseThrow().plusWeeks(8));
        LocalDate date = after.plusDays(draw.between(1, 28));
        LocalDate latest = start.minusDays(1);
        if (date.isAfter(latest)) {
            date = after.isAfter(latest) ? after : latest;
        }
        List<Finding> findings = new ArrayList<>();
        for (LifeDomain domain : DOMAINS.get(party)) {
            findings.add(seenBy(truth(p, domain)));
        }
        return new IntakeReport(String.format("R-%06d", nextId++), p.id(), party, date, findings, strengths(p),
                wishes(p));
    }

    /** What a party writes: the person's situation, sometimes one level off, sometimes one need missed. */
    private Finding seenBy(Finding truth) {
        NeedLevel level = truth.needLevel();
        if (draw.chance(DISAGREEMENT)) {
            int shifted = level.ordinal() + (level == NeedLevel.HIGH || (level != NeedLevel.NONE && draw.chance(0.5))
                    ? -1 : 1);
            level = NeedLevel.values()[shifted];
        }
        List<SupportNeed> needs = truth.needs();
        if (needs.size() > 1 && draw.chance(0.1)) {
            needs = needs.subList(0, needs.size() - 1);
        }
        Optional<String> note = draw.chance(0.1) ? Optional.of(draw.pick(NOTES)) : Optional.empty();
        return new Finding(truth.domain(), level, needs, note);
    }

    /** The finding that the person's facts call for. */
    private Finding truth(Person p, LifeDomain domain) {
        List<SupportNeed> needs = new ArrayList<>();
        NeedLevel level = switch (domain) {
            case HOUSING -> {
                if (p.accommodation() == Accommodation.DWELLING) {
                    if (p.socialAssistanceFrom().isPresent()) {
                        needs.add(SupportNeed.FINANCIAL_SUPPORT);
                    }
                    yield needs.isEmpty() ? NeedLevel.NONE : NeedLevel.SOME;
                }
                yield p.health().permanentImpairment() ? NeedLevel.HIGH : NeedLevel.SOME;
            }
            case LANGUAGE -> {
                if (!p.schooling().literateLatinScript()) {
                    needs.add(SupportNeed.LITERACY_COURSE);
                    yield NeedLevel.HIGH;
                }
                if (p.dutchLevel().atLeast(CefrLevel.B1)) {
                    yield NeedLevel.NONE;
                }
                if (draw.chance(0.3)) {
                    needs.add(SupportNeed.LANGUAGE_BUDDY);
                }
                yield NeedLevel.SOME;
            }
            case EDUCATION -> {
                if (p.schooling().highestLevel() == EducationLevel.HIGHER) {
                    needs.add(SupportNeed.DIPLOMA_RECOGNITION);
                }
                if (p.unaccompaniedMinor()) {
                    needs.add(SupportNeed.MENTOR);
                    yield NeedLevel.HIGH;
                }
                yield p.ageOn(start) <= 27 || !needs.isEmpty() ? NeedLevel.SOME : NeedLevel.NONE;
            }
            case WORK -> {
                if (p.ageOn(start) >= 67 || p.unaccompaniedMinor()) {
                    yield NeedLevel.NONE;
                }
                needs.add(SupportNeed.WORK_COACH);
                if (p.caresForYoungChildren()) {
                    needs.add(SupportNeed.CHILDCARE);
                }
                yield p.workExperienceYears() == 0 ? NeedLevel.HIGH : NeedLevel.SOME;
            }
            case HEALTH_AND_SAFETY -> {
                if (p.health().mentalHealthConcern()) {
                    needs.add(SupportNeed.MENTAL_HEALTH_REFERRAL);
                }
                if (p.health().permanentImpairment() || !p.health().tbScreeningDone()) {
                    needs.add(SupportNeed.MEDICAL_CARE);
                }
                yield !needs.isEmpty() ? NeedLevel.HIGH
                        : p.health().maxHoursPerWeek().isPresent() ? NeedLevel.SOME : NeedLevel.NONE;
            }
            case PARTICIPATION -> {
                if (p.caresForYoungChildren()) {
                    needs.add(SupportNeed.CHILDCARE);
                }
                if (p.accommodation() != Accommodation.DWELLING || draw.chance(0.4)) {
                    needs.add(SupportNeed.SOCIAL_NETWORK);
                }
                yield needs.isEmpty() ? NeedLevel.NONE : NeedLevel.SOME;
            }
        };
        return new Finding(domain, level, needs, Optional.empty());
    }

    private List<String> strengths(Person p) {
        List<String> strengths = new ArrayList<>();
        if (!p.skills().isEmpty()) {
            strengths.add("Work experience in " + p.skills().get(0) + ".");
        }
        if (p.schooling().years() >= 10) {
            strengths.add("Completed secondary schooling or more.");
        }
        strengths.add(draw.pick(List.of("Motivated to learn Dutch.", "Takes initiative.", "Good at numbers.",
                "Helps others in the reception centre.", "Speaks several languages.")));
        return strengths;
    }

    private List<String> wishes(Person p) {
        List<String> wishes = new ArrayList<>();
        if (p.ageOn(start) < 28) {
            wishes.add("Wants to continue education.");
        } else if (!p.skills().isEmpty()) {
            wishes.add("Wants to work in " + p.skills().get(0) + ".");
        }
        long weeksHere = p.asylumApplicationDate().map(d -> ChronoUnit.WEEKS.between(d, start)).orElse(0L);
        wishes.add(weeksHere > 26 ? "Wants a home of their own soon." : "Wants to start a language course soon.");
        return wishes;
    }
}
