package nl.tegelijk.rules.local;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.Justification;
import nl.tegelijk.assessment.SupportMeasure;
import nl.tegelijk.rules.fact.LawParameters;
import nl.tegelijk.rules.fact.PersonFacts;
import nl.tegelijk.rules.fact.Why;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A municipality's local policy: its own DRL files and decision tables (CSV, XLS, XLSX; these need the optional
 * {@code org.drools:drools-decisiontables}, see {@link DecisionTables}), compiled once at start-up into their own
 * KieBase, apart from national law. Local rules see the person's facts, the law parameters and the national
 * result ({@link NationalResult}) as read-only facts; the only thing they can add is a {@link LocalMeasure}. Anything
 * else they insert is ignored, so national law (regime, duty, route, deadlines, tracks) cannot be overridden. A file
 * that does not compile, that puts rules in a national law package, or whose rules lack the legal-basis metadata is
 * rejected at start-up with an {@link IllegalArgumentException} naming the file. Thread-safe after construction.
 */
public final class LocalPolicy {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPolicy.class);
    private static final String NATIONAL_PACKAGE = "nl.tegelijk.rules.law";
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private final KieBase kieBase;

    private LocalPolicy(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /**
     * Compiles the local-policy files.
     *
     * @throws IllegalArgumentException naming the file, line and message of the first problems found
     */
    public static LocalPolicy compile(List<Path> files) {
        requireNonNull(files, "files");
        long start = System.nanoTime();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, Path> byResource = new LinkedHashMap<>();
        int i = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (!List.of("drl", "csv", "xls", "xlsx").contains(ext)) {
                throw new IllegalArgumentException("Local policy file (" + file + ") has an unknown type (" + ext
                        + "). Maybe use .drl, .csv, .xls or .xlsx.");
            }
            if (!ext.equals("drl") && !DecisionTables.available()) {
                throw new IllegalArgumentException("Local policy file (" + file + ") is a decision table, which needs "
                        + DecisionTables.ARTIFACT + " on the class path (version from tegelijk-bom). Maybe add that"
                        + " dependency, or write the rules as DRL.");
            }
            String drl = ext.equals("drl") ? read(file) : DecisionTables.toDrl(file, ext);
            Matcher pkg = PACKAGE.matcher(drl);
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "local";
            String resource = "src/main/resources/" + folder + "/f" + (i++) + "_"
                    + name.replaceAll("[^A-Za-z0-9._-]", "_") + (ext.equals("drl") ? "" : ".drl");
            kfs.write(resource, drl);
            byResource.put(resource, file);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringBuilder msg = new StringBuilder("Local policy does not compile:");
            for (Message m : errors) {
                Path file = byResource.getOrDefault(m.getPath(), byResource.getOrDefault(
                        "src/main/resources/" + m.getPath(), Path.of(String.valueOf(m.getPath()))));
                String line = file.toString().endsWith(".drl") ? " line " : " generated rule line ";
                msg.append("\n  ").append(file).append(line).append(lineOf(file, m)).append(": ")
                        .append(m.getText().strip());
            }
            throw new IllegalArgumentException(msg.toString());
        }
        KieBase base = ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        check(base, byResource);
        int rules = base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        if (rules == 0) {
            throw new IllegalArgumentException("Local policy files " + files + " define no rules. Maybe a decision"
                    + " table lacks its RuleSet/RuleTable header.");
        }
        LOG.info("Local policy of ({}) files with ({}) rules ready in ({} ms)", files.size(),
                base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum(),
                (System.nanoTime() - start) / 1_000_000);
        return new LocalPolicy(base);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read local policy file (" + file + ")", e);
        }
    }

    /**
     * The line of a compiler message. The executable-model compiler gives no line for some errors (an unknown class:
     * "Unable to find class: X"); then it is the first line of the file that names the value after the last colon.
     */
    static String lineOf(Path file, Message message) {
        if (message.getLine() > 0) {
            return String.valueOf(message.getLine());
        }
        String text = message.getText().strip();
        String name = text.substring(text.lastIndexOf(':') + 1).strip();
        if (name.isEmpty() || !Files.isRegularFile(file)) {
            return "unknown";
        }
        Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (word.matcher(lines.get(i)).find()) {
                    return String.valueOf(i + 1);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static void check(KieBase base, Map<String, Path> files) {
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String where = "Local rule (" + rule.getName() + ") in package (" + pkg.getName() + ") of "
                        + files.values();
                if (pkg.getName().startsWith(NATIONAL_PACKAGE)) {
                    throw new IllegalArgumentException(where + " is in the national law package (" + NATIONAL_PACKAGE
                            + "): local policy may only add to national law. Maybe use a package of your own.");
                }
                for (String key : Why.METADATA_KEYS) {
                    if (!rule.getMetaData().containsKey(key)) {
                        throw new IllegalArgumentException(where + " has no @" + key
                                + " metadata: every local rule must cite its local basis.");
                    }
                }
                try {
                    Why.check(rule);
                } catch (IllegalStateException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** The national assessments with the measures local policy adds; everything national stays as it was. */
    public List<Assessment> apply(List<PersonFacts> facts, LawParameters law, List<Assessment> national) {
        Map<String, List<LocalMeasure>> added = new HashMap<>();
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(law);
            facts.forEach(session::insert);
            national.forEach(a -> session.insert(new NationalResult(a)));
            session.fireAllRules();
            for (Object o : session.getObjects(o -> o instanceof LocalMeasure)) {
                LocalMeasure m = (LocalMeasure) o;
                added.computeIfAbsent(m.getPersonId(), k -> new ArrayList<>()).add(m);
            }
        } finally {
            session.dispose();
        }
        List<Assessment> result = new ArrayList<>(national.size());
        for (Assessment a : national) {
            List<LocalMeasure> local = added.get(a.personId());
            result.add(local == null ? a : withMeasures(a, local));
        }
        return result;
    }

    private static Assessment withMeasures(Assessment a, List<LocalMeasure> local) {
        List<SupportMeasure> measures = new ArrayList<>(a.measures());
        List<Justification> justifications = new ArrayList<>(a.justifications());
        for (LocalMeasure m : local) {
            boolean known = measures.stream().anyMatch(x -> x.domain() == m.getMeasure().domain()
                    && x.measure() == m.getMeasure().measure());
            if (!known) {
                measures.add(m.getMeasure());
            }
            if (!justifications.contains(m.getJustification())) {
                justifications.add(m.getJustification());
            }
        }
        measures.sort(java.util.Comparator.comparing(SupportMeasure::domain).thenComparing(SupportMeasure::measure)
                .thenComparing(SupportMeasure::ruleId));
        justifications.sort(java.util.Comparator.comparing(Justification::topic).thenComparing(Justification::ruleId)
                .thenComparing(Justification::ruleName).thenComparing(Justification::outcome));
        return new Assessment(a.personId(), a.dutyDate(), a.referenceDate(), a.applicationDate(), a.regime(),
                a.duty(), a.route(), a.targetLevel(), a.requirements(), a.deadlines(), a.tracks(),
                a.weeklyHoursLimit(), measures, justifications, a.consequences());
    }
}
