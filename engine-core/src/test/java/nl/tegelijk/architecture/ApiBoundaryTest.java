package nl.tegelijk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static nl.tegelijk.architecture.ArchAssertions.assertHolds;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API boundary: the facade package {@code nl.tegelijk.api} shows no Timefold type and no planning-model
 * type in a public signature (parameters, return types and their type arguments), so that both can change freely.
 *
 * <p>Plain JUnit tests that assert each rule ({@link ArchAssertions}): with this build's Surefire the ArchUnit
 * JUnit engine discovers {@code @ArchTest} fields but runs none of them.
 */
class ApiBoundaryTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.tegelijk");

    private static final List<String> INTERNAL = List.of("ai.timefold.", "nl.tegelijk.planning.domain.",
            "nl.tegelijk.planning.constraints.");

    @Test
    void facadeSignaturesExposeNoSolverOrPlanningModelType() {
        ArchRule rule = codeUnits()
            .that().areDeclaredInClassesThat().resideInAPackage("nl.tegelijk.api")
            .and().areDeclaredInClassesThat().arePublic()
            .and().arePublic()
            .should(exposeNoInternalType());
        assertHolds(rule, CLASSES);
    }

    @Test
    void thePipelineDoesNotKnowTheFacade() {
        assertHolds(noClasses().that().resideOutsideOfPackage("nl.tegelijk.api..")
                .should().dependOnClassesThat().resideInAPackage("nl.tegelijk.api.."), CLASSES);
    }

    private static ArchCondition<JavaCodeUnit> exposeNoInternalType() {
        return new ArchCondition<>("expose no Timefold or planning-model type") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream())
                        .map(JavaType::getAllInvolvedRawTypes)
                        .flatMap(java.util.Set::stream)
                        .map(JavaClass::getName)
                        .filter(name -> INTERNAL.stream().anyMatch(name::startsWith))
                        .forEach(name -> events.add(SimpleConditionEvent.violated(unit,
                                unit.getFullName() + " exposes " + name)));
            }
        };
    }
}
