package nl.tegelijk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.rules.support.Profiles;
import nl.tegelijk.rules.support.RandomPersons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One assessor shared by two threads decides as on one thread (the rules benchmark and the facade share it): the
 * KieBase is shared, the sessions are not. Guards the assessor's session settings; a session that is not thread-safe
 * (Drools' {@code ThreadSafeOption.NO}) lost decisions in such a run (two threads, 1,000 persons each).
 */
class ConcurrentAssessmentTest {
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void twoThreadsSharingOneAssessorDecideAsOneThread() throws Exception {
        LocalDate ref = LocalDate.of(2023, 6, 1);
        Random r = new Random(5);
        List<IntegralProfile> profiles = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            profiles.add(Profiles.profile(RandomPersons.person(r, ref, "p-" + i)));
        }
        AssessmentRequest request = AssessmentRequest.on(ref);
        DroolsAssessor assessor = DroolsAssessor.national();
        List<Assessment> alone = assessor.assess(profiles, request);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Future<List<Assessment>> first = threads.submit(() -> assessor.assess(profiles.subList(0, 1_000), request));
                Future<List<Assessment>> second = threads.submit(() -> assessor.assess(profiles.subList(1_000, 2_000),
                        request));
                List<Assessment> together = new ArrayList<>(first.get());
                together.addAll(second.get());
                assertThat(together).as("round " + round).isEqualTo(alone);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
