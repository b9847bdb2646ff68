package nl.tegelijk.rules;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.assessment.InvalidAssessmentRequestException;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.model.HousingQuota;
import nl.tegelijk.model.Person;
import nl.tegelijk.rules.fact.Decision;
import nl.tegelijk.rules.fact.DecisionLog;
import nl.tegelijk.rules.fact.HouseholdFacts;
import nl.tegelijk.rules.fact.LawParameters;
import nl.tegelijk.rules.fact.PersonFacts;
import nl.tegelijk.rules.local.LocalPolicy;
import nl.tegelijk.rules.parameter.ParameterTable;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools-backed {@link Assessor}: Dutch national law (the {@code tegelijk-law} KieBase, created once and shared)
 * and, optionally, a municipality's local policy layered on the national result.
 *
 * <p>Thread-safe: each call to {@link #assess(List, AssessmentRequest)} runs fresh sessions over the batch (one per
 * chunk of {@value #CHUNK} persons, since persons never interact in the rules) and disposes them. Deterministic: the
 * dated law values come from the parameter file for the request's dates, never from the clock, and every list in an
 * assessment is sorted. The caller owns the returned list.
 */
public final class DroolsAssessor implements Assessor {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsAssessor.class);

    /**
     * Persons per session: persons never interact in the rules, so batches run in chunks. Small sessions keep the join
     * memories in the processor's cache (JFR, rules benchmark: 200 assess about a quarter faster per person than 2,000).
     */
    static final int CHUNK = 200;

    private final KieBase kieBase;
    private final ParameterTable parameters;
    private final Optional<LocalPolicy> localPolicy;

    private DroolsAssessor(KieBase kieBase, ParameterTable parameters, Optional<LocalPolicy> localPolicy) {
        this.kieBase = kieBase;
        this.parameters = parameters;
        this.localPolicy = localPolicy;
    }

    /** An assessor with the national rules only. */
    public static DroolsAssessor national() {
        return new DroolsAssessor(NationalRules.kieBase(), ParameterTable.standard(), Optional.empty());
    }

    /**
     * An assessor with the national rules and the local policy in {@code localPolicyFiles} (DRL, CSV or XLSX).
     *
     * @throws IllegalArgumentException when a file does not compile or tries to change national law, naming the file
     */
    public static DroolsAssessor withLocalPolicy(List<Path> localPolicyFiles) {
        requireNonNull(localPolicyFiles, "localPolicyFiles");
        Optional<LocalPolicy> local = localPolicyFiles.isEmpty() ? Optional.empty()
                : Optional.of(LocalPolicy.compile(localPolicyFiles));
        return new DroolsAssessor(NationalRules.kieBase(), ParameterTable.standard(), local);
    }

    /** Assesses one chunk in its own session; its decisions become garbage as soon as the chunk is assembled. */
    private void run(LawParameters law, List<PersonFacts> chunk, Map<String, HouseholdFacts> households,
                     AssessmentRequest request, List<Assessment> out) {
        Map<String, AssessmentAssembler> assemblers = new HashMap<>(chunk.size() * 2);
        for (PersonFacts f : chunk) {
            assemblers.put(f.getPersonId(), new AssessmentAssembler(f.getPersonId()));
        }
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("law", law);
            DecisionLog decided = new DecisionLog();
            session.setGlobal("decided", decided);
            Set<String> inserted = new HashSet<>();
            for (PersonFacts f : chunk) {
                session.insert(f);
                if (inserted.add(f.getHouseholdId())) {
                    session.insert(households.get(f.getHouseholdId()));
                }
            }
            session.fireAllRules();
            for (Object o : session.getObjects(o -> o instanceof Decision)) {
                Decision d = (Decision) o;
                assemblers.get(d.getPersonId()).add(d);
            }
            for (Decision d : decided.decisions()) {
                assemblers.get(d.getPersonId()).add(d);
            }
        } finally {
            session.dispose();
        }
        for (PersonFacts f : chunk) {
            out.add(assemblers.get(f.getPersonId()).assemble(request));
        }
    }

    /** {@inheritDoc} Decided by the rule HV-FORMULA-01 in {@code housing_quota.drl}, in a session of its own. */
    @Override
    public List<QuotaCheck> checkQuotas(List<HousingQuota> quotas) {
        requireNonNull(quotas, "quotas");
        List<QuotaCheck> checks = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        try {
            quotas.forEach(session::insert);
            session.fireAllRules();
            session.getObjects(o -> o instanceof QuotaCheck).forEach(o -> checks.add((QuotaCheck) o));
        } finally {
            session.dispose();
        }
        checks.sort(Comparator.comparingInt(QuotaCheck::year).thenComparingInt(QuotaCheck::half));
        LOG.debug("Checked ({}) housing quotas", checks.size());
        return checks;
    }

    /**
     * {@inheritDoc}
     *
     * @throws InvalidAssessmentRequestException when the reference date is before a person's birth date (nothing is
     *         assessed)
     */
    @Override
    public List<Assessment> assess(List<IntegralProfile> profiles, AssessmentRequest request) {
        requireNonNull(profiles, "profiles");
        requireNonNull(request, "request");
        long start = System.nanoTime();
        LawParameters law = parameters.resolve(request);
        Map<String, HouseholdFacts> households = checkAndSumUpHouseholds(profiles, request);
        List<PersonFacts> facts = new ArrayList<>(localPolicy.isPresent() ? profiles.size() : 0);
        List<Assessment> result = new ArrayList<>(profiles.size());
        for (int from = 0; from < profiles.size(); from += CHUNK) {
            List<IntegralProfile> part = profiles.subList(from, Math.min(profiles.size(), from + CHUNK));
            List<PersonFacts> chunk = new ArrayList<>(part.size());
            for (IntegralProfile profile : part) {
                chunk.add(PersonFacts.of(profile, request));
            }
            if (localPolicy.isPresent()) {
                facts.addAll(chunk);
            }
            run(law, chunk, households, request, result);
        }
        if (localPolicy.isPresent()) {
            result = localPolicy.get().apply(facts, law, result);
        }
        LOG.debug("Assessed ({}) persons in ({} ms)", profiles.size(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    /**
     * Checks every profile before any is assessed, and sums up each household from all its members in the batch. The
     * persons' facts are built later, chunk by chunk, just before their session: a batch of 100,000 then never holds
     * 100,000 facts at once (benchmarks/README, "Rules (JMH)").
     */
    private static Map<String, HouseholdFacts> checkAndSumUpHouseholds(List<IntegralProfile> profiles,
                                                                       AssessmentRequest request) {
        Set<String> ids = new HashSet<>(profiles.size() * 2);
        Map<String, List<Person>> members = new HashMap<>();
        for (IntegralProfile profile : profiles) {
            Person person = profile.person();
            if (request.referenceDate().isBefore(person.birthDate())) {
                throw new InvalidAssessmentRequestException("The reference date " + request.referenceDate()
                        + " is before the birth date (birthDate) of person (" + person.id()
                        + "): nobody can be assessed before they are born. Maybe use a later reference date.");
            }
            if (!ids.add(person.id())) {
                throw new IllegalArgumentException("Person id (" + person.id() + ") occurs twice in the batch.");
            }
            members.computeIfAbsent(person.householdId(), k -> new ArrayList<>()).add(person);
        }
        Map<String, HouseholdFacts> households = new HashMap<>(members.size() * 2);
        members.forEach((id, list) -> households.put(id, HouseholdFacts.of(id, list, request.referenceDate())));
        return households;
    }
}
