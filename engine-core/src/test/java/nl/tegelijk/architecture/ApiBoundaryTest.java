package nl.tegelijk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static nl.tegelijk.architecture.ArchAssertions.assertHolds;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API boundary: no public signature of any type reachable from the facade {@code IntegrationEngine} shows
 * a Timefold, Drools or KIE type or an internal Tegelijk type (parameters, return types and their type arguments,
 * public fields, supertypes, nested types), so that all of them can change freely.
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

    /** Packages whose types are internal: none may be reachable from the facade. */
    private static final List<String> INTERNAL_PACKAGES = List.of("nl.tegelijk.planning.domain",
            "nl.tegelijk.planning.constraints", "nl.tegelijk.planning.constraints.justification",
            "nl.tegelijk.planning.baseline", "nl.tegelijk.internal");

    /** Internal types of otherwise public packages (see the package-info of {@code nl.tegelijk.api}). */
    private static final List<String> INTERNAL_TYPES = List.of("nl.tegelijk.planning.AsyncPlanner",
            "nl.tegelijk.planning.DefaultPlanner", "nl.tegelijk.planning.FrozenPast", "nl.tegelijk.planning.Planner",
            "nl.tegelijk.planning.PlanAssembler", "nl.tegelijk.planning.SolverConfigs",
            "nl.tegelijk.planning.SolverFactories", "nl.tegelijk.planning.validation.PlanValidator",
            "nl.tegelijk.intake.IntakeMerger");

    /** Libraries an integrator already has in every signature: the JDK and Jackson (for {@code TegelijkJson}). */
    private static final List<String> ALLOWED_LIBRARIES = List.of("java.", "com.fasterxml.jackson.");

    @Test
    void everyTypeReachableFromTheFacadeIsApiAndNoSolverOrRulesEngineTypeShows() {
        Map<String, String> reachedFrom = reachableFrom(CLASSES.get("nl.tegelijk.api.IntegrationEngine"));

        List<String> offending = reachedFrom.entrySet().stream()
                .filter(e -> isInternal(e.getKey()))
                .map(e -> e.getKey() + " (reached through " + e.getValue() + ")")
                .sorted().toList();

        assertThat(reachedFrom).containsKeys("nl.tegelijk.planning.Plan", "nl.tegelijk.planning.UnplannedReason",
                "nl.tegelijk.planning.PlanOptions$Checking", "nl.tegelijk.model.Person$Builder");
        assertThat(offending).as("internal or foreign types in public signatures reachable from the facade")
                .isEmpty();
    }

    @Test
    void theWalkFindsAnInternalTypeWhereOneIsExposed() {
        Map<String, String> fromTheAsyncPlanner = reachableFrom(CLASSES.get("nl.tegelijk.planning.AsyncPlanner"));

        assertThat(fromTheAsyncPlanner).containsKey("nl.tegelijk.planning.FrozenPast");
        assertThat(fromTheAsyncPlanner.keySet().stream().filter(ApiBoundaryTest::isInternal))
                .contains("nl.tegelijk.planning.FrozenPast");
    }

    private static boolean isInternal(String name) {
        if (name.startsWith("nl.tegelijk.")) {
            String pkg = name.substring(0, name.lastIndexOf('.'));
            return INTERNAL_PACKAGES.contains(pkg) || INTERNAL_TYPES.contains(name.split("\\$")[0]);
        }
        return ALLOWED_LIBRARIES.stream().noneMatch(name::startsWith);
    }

    /**
     * Every type in a public signature (parameters, return types and their type arguments, public fields, supertypes,
     * public nested types) of a public Tegelijk type reachable from {@code root}, with the member it was reached
     * through. Only Tegelijk types are walked further.
     */
    private static Map<String, String> reachableFrom(JavaClass root) {
        Map<String, String> reached = new LinkedHashMap<>();
        Deque<JavaClass> queue = new ArrayDeque<>();
        reached.put(root.getName(), "the facade");
        queue.add(root);
        while (!queue.isEmpty()) {
            JavaClass type = queue.poll();
            if (!type.getName().startsWith("nl.tegelijk.") || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            Map<String, Set<JavaClass>> exposed = new LinkedHashMap<>();
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                if (unit.getModifiers().contains(JavaModifier.PUBLIC)) {
                    Set<JavaClass> types = new HashSet<>(unit.getReturnType().getAllInvolvedRawTypes());
                    unit.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
                    exposed.put(unit.getFullName(), types);
                }
            }
            for (JavaField field : type.getFields()) {
                if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
                    exposed.put(field.getFullName(), field.getType().getAllInvolvedRawTypes());
                }
            }
            type.getRawSuperclass().ifPresent(s -> exposed.put(type.getName() + " extends", Set.of(s)));
            exposed.put(type.getName() + " implements", Set.copyOf(type.getRawInterfaces()));
            exposed.put(type.getName() + " nests", CLASSES.stream()
                    .filter(c -> c.getEnclosingClass().map(type::equals).orElse(false))
                    .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC)).collect(Collectors.toSet()));
            exposed.forEach((member, types) -> types.stream()
                    .map(t -> t.isArray() ? t.getBaseComponentType() : t)
                    .filter(t -> !t.isPrimitive() && !reached.containsKey(t.getName()))
                    .forEach(t -> {
                        reached.put(t.getName(), member);
                        queue.add(t);
                    }));
        }
        return reached;
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
