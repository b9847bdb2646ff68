package nl.tegelijk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules inside engine-core (STYLE.md, Layout): the pipeline flows one way. */
@AnalyzeClasses(packages = "nl.tegelijk", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingOfTegelijk = noClasses()
            .that().resideInAPackage("nl.tegelijk.model..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.tegelijk.intake..", "nl.tegelijk.assessment..",
                    "nl.tegelijk.scenario..", "nl.tegelijk.planning..", "nl.tegelijk.monitoring..",
                    "nl.tegelijk.api..");

    @ArchTest
    static final ArchRule assessmentContractsDoNotKnowThePlanner = noClasses()
            .that().resideInAnyPackage("nl.tegelijk.assessment..", "nl.tegelijk.intake..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.tegelijk.planning..", "ai.timefold..");

    @ArchTest
    static final ArchRule coreNeverUsesDroolsOrALoggingBackend = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "ch.qos.logback..");

    @ArchTest
    static final ArchRule noClassLogsThroughSystemOut = noClasses()
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
