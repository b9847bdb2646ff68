package nl.tegelijk.rules;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.rules.fact.Decision;
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
 * <p>Thread-safe: each call to {@link #assess(List, AssessmentRequest)} runs one fresh session over the whole batch
 * and disposes it. Deterministic: the dated law values come from the parameter file for the request's dates, never
 * from the clock, and every list in an assessment is sorted. The caller owns the returned list.
 */
public final class DroolsAssessor implements Assessor {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsAssessor.class);

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

    @Override
    public List<Assessment> assess(List<IntegralProfile> profiles, AssessmentRequest request) {
        requireNonNull(profiles, "profiles");
        requireNonNull(request, "request");
        long start = System.nanoTime();
        LawParameters law = parameters.resolve(request);
        List<PersonFacts> facts = new ArrayList<>(profiles.size());
        Map<String, AssessmentAssembler> assemblers = new HashMap<>(profiles.size() * 2);
        for (IntegralProfile profile : profiles) {
            PersonFacts f = PersonFacts.of(profile, request);
            if (assemblers.put(f.getPersonId(), new AssessmentAssembler(f.getPersonId())) != null) {
                throw new IllegalArgumentException("Person id (" + f.getPersonId() + ") occurs twice in the batch.");
            }
            facts.add(f);
        }
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(law);
            for (PersonFacts f : facts) {
                session.insert(f);
            }
            session.fireAllRules();
            for (Object o : session.getObjects(o -> o instanceof Decision)) {
                Decision d = (Decision) o;
                assemblers.get(d.getPersonId()).add(d);
            }
        } finally {
            session.dispose();
        }
        List<Assessment> result = new ArrayList<>(facts.size());
        for (PersonFacts f : facts) {
            result.add(assemblers.get(f.getPersonId()).assemble(request));
        }
        if (localPolicy.isPresent()) {
            result = localPolicy.get().apply(facts, law, result);
        }
        LOG.debug("Assessed ({}) persons in ({} ms)", facts.size(), (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
