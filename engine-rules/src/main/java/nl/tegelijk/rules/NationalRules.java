package nl.tegelijk.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the one KieBase of the national law rules ({@code tegelijk-law}: the packages {@code nl.tegelijk.rules.law.*},
 * compiled into an executable model by the kjar build), created on first use from the generated model classes and
 * shared by every assessor. Thread-safe.
 */
final class NationalRules {
    static final String KIE_BASE_NAME = "tegelijk-law";
    private static final String LAW_PACKAGE = "nl.tegelijk.rules.law.";
    private static final String MODEL_INDEX = "META-INF/kie/nl.tegelijk/engine-rules/drools-model";
    private static final Logger LOG = LoggerFactory.getLogger(NationalRules.class);

    private NationalRules() {
    }

    private static final class Holder {
        static final KieBase KIE_BASE = create();
    }

    /** The executable-model classes the kjar build generated for the national law packages. */
    static List<Model> models() {
        List<Model> models = new ArrayList<>();
        ClassLoader loader = NationalRules.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("No executable model (" + MODEL_INDEX
                        + ") on the class path. Maybe engine-rules was not built with the kie-maven-plugin.");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.startsWith(LAW_PACKAGE) && !name.contains(":")) {
                    models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot load the executable model of the national rules", e);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("The executable model (" + MODEL_INDEX + ") lists no national rules.");
        }
        return models;
    }

    static KieBase kieBase() {
        return Holder.KIE_BASE;
    }

    private static KieBase create() {
        long start = System.nanoTime();
        KieBase base = KieBaseBuilder.createKieBaseFromModel(models());
        LOG.info("National rules ready ({} rules) in ({} ms)", base.getKiePackages().stream()
                .mapToInt(p -> p.getRules().size()).sum(), (System.nanoTime() - start) / 1_000_000);
        return base;
    }
}
