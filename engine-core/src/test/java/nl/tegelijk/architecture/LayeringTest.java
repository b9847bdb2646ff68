package nl.tegelijk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static nl.tegelijk.architecture.ArchAssertions.assertHolds;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import nl.tegelijk.scenario.InvalidScenarioException;
import nl.tegelijk.scenario.ProblemCode;
import nl.tegelijk.scenario.ScenarioProblem;
import nl.tegelijk.scenario.Severity;
import org.junit.jupiter.api.Test;

/**
 * The package rules inside engine-core (STYLE.md, Layout): the pipeline flows one way. Plain JUnit tests that assert
 * each rule ({@link ArchAssertions}): the {@code @ArchTest} fields need ArchUnit's own test engine, which the build
 * does not run.
 */
class LayeringTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.tegelijk");

    /** The problem vocabulary the model's record checks throw, shared with the scenario reader. */
    private static final Class<?>[] PROBLEM_VOCABULARY = {InvalidScenarioException.class, ScenarioProblem.class,
        ProblemCode.class, Severity.class};

    private static final ArchRule modelDependsOnNothingOfTegelijk = noClasses()
            .that().resideInAPackage("nl.tegelijk.model..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("nl.tegelijk.intake..",
                    "nl.tegelijk.assessment..", "nl.tegelijk.scenario..", "nl.tegelijk.planning..",
                    "nl.tegelijk.monitoring..", "nl.tegelijk.api..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(PROBLEM_VOCABULARY))))
            .as("the model depends on nothing of Tegelijk but the problem vocabulary of its record checks");

    /** So that the model's use of the vocabulary makes no cycle: the vocabulary knows no other Tegelijk class. */
    private static final ArchRule problemVocabularyDependsOnNothingElseOfTegelijk = noClasses()
            .that().belongToAnyOf(PROBLEM_VOCABULARY)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("nl.tegelijk..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(PROBLEM_VOCABULARY)))
                    .and(DescribedPredicate.describe("are no array", type -> !type.isArray())));

    private static final ArchRule assessmentContractsDoNotKnowThePlanner = noClasses()
            .that().resideInAnyPackage("nl.tegelijk.assessment..", "nl.tegelijk.intake..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.tegelijk.planning..", "ai.timefold..");

    private static final ArchRule coreNeverUsesDroolsOrALoggingBackend = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "ch.qos.logback..");

    private static final ArchRule noClassLogsThroughSystemOut = noClasses()
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    @Test
    void modelDependsOnNothingOfTegelijk() {
        assertHolds(modelDependsOnNothingOfTegelijk, CORE);
    }

    @Test
    void problemVocabularyDependsOnNothingElseOfTegelijk() {
        assertHolds(problemVocabularyDependsOnNothingElseOfTegelijk, CORE);
    }

    @Test
    void assessmentContractsDoNotKnowThePlanner() {
        assertHolds(assessmentContractsDoNotKnowThePlanner, CORE);
    }

    @Test
    void coreNeverUsesDroolsOrALoggingBackend() {
        assertHolds(coreNeverUsesDroolsOrALoggingBackend, CORE);
    }

    @Test
    void noClassLogsThroughSystemOut() {
        assertHolds(noClassLogsThroughSystemOut, CORE);
    }
}
