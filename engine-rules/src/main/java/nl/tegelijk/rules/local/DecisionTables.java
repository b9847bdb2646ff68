package nl.tegelijk.rules.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local-policy decision tables (CSV, XLS, XLSX) turned into DRL by Drools' spreadsheet compiler. The compiler comes
 * from {@value #ARTIFACT} (with Apache POI), an optional dependency of engine-rules: an integrator who writes local
 * policy only in DRL leaves it out, and this class is then never loaded. Stateless.
 */
final class DecisionTables {
    /** The artifact an integrator adds for decision tables; its version comes from {@code tegelijk-bom}. */
    static final String ARTIFACT = "org.drools:drools-decisiontables";

    private static final Logger LOG = LoggerFactory.getLogger(DecisionTables.class);
    private static final String COMPILER = "org.drools.decisiontable.SpreadsheetCompiler";

    private DecisionTables() {
    }

    /** Whether {@value #ARTIFACT} is on the class path of engine-rules. */
    static boolean available() {
        try {
            Class.forName(COMPILER, false, LocalPolicy.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * A decision table as DRL, so that it compiles into the executable model like a DRL file; a compile error then
     * names the table and the line of the generated rule.
     */
    static String toDrl(Path file, String ext) {
        try (InputStream in = Files.newInputStream(file)) {
            String drl = new SpreadsheetCompiler().compile(in, ext.equals("csv") ? InputType.CSV : InputType.XLS);
            LOG.debug("Decision table ({}) compiled to DRL:\n{}", file.getFileName(), drl);
            return drl;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read local policy file (" + file + ")", e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Local policy decision table (" + file + ") cannot be read: "
                    + e.getMessage() + ". Maybe a RuleSet, RuleTable or column header row is missing.", e);
        }
    }
}
