package nl.tegelijk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.tegelijk.examples.generate.BuiltInScenarios;
import nl.tegelijk.model.Finding;
import nl.tegelijk.model.IntakeReport;
import nl.tegelijk.model.Person;
import nl.tegelijk.model.Scenario;
import nl.tegelijk.scenario.ScenarioWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No personal data in any log line: the whole {@code run} pipeline (read, validate, assess, plan, baselines, outputs)
 * on the tutorial scenario, with every logger of every library at TRACE, logs no birth date, no country of origin and
 * no free text (intake notes, strengths, wishes, scenario notes). The free text is replaced by marked sentences so a
 * leak of any of it is found.
 */
class LogPrivacyTest {

    private static final String MARK = "Qzx";

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Map<Logger, Level> levels = new HashMap<>();
    private final List<Appender<ILoggingEvent>> consoles = new ArrayList<>();

    @BeforeEach
    void captureEverything() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Logger logger : context.getLoggerList()) {
            levels.put(logger, logger.getLevel());
            if (logger != root) {
                logger.setLevel(null);
            }
        }
        root.setLevel(Level.TRACE);
        root.iteratorForAppenders().forEachRemaining(consoles::add);
        consoles.forEach(root::detachAppender);
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void restore() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(captured);
        consoles.forEach(root::addAppender);
        levels.forEach(Logger::setLevel);
    }

    @Test
    void aFullRunLogsNoBirthDateCountryOrFreeText() throws IOException {
        Scenario scenario = withMarkedFreeText(BuiltInScenarios.byName(BuiltInScenarios.TUTORIAL));
        Path file = dir.resolve("tutorial.json");
        Files.writeString(file, ScenarioWriter.toJson(scenario));

        CommandRun run = CommandRun.of("run", file.toString(), "--time-limit", "2s", "--out-dir",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        List<String> lines = captured.list.stream().map(LogPrivacyTest::render).toList();
        assertThat(lines).as("log lines from Tegelijk, the rules engine and the solver")
                .anyMatch(line -> line.contains("Solved to"))
                .anyMatch(line -> line.contains("Assessed ("))
                .anyMatch(line -> line.startsWith("org.drools"))
                .anyMatch(line -> line.startsWith("ai.timefold"))
                .hasSizeGreaterThan(1_000);
        List<Pattern> personalData = personalData(scenario);
        assertThat(personalData).hasSizeGreaterThan(2 * scenario.persons().size());
        for (String line : lines) {
            for (Pattern data : personalData) {
                assertThat(data.matcher(line).find()).as("log line holds %s: %s", data, line).isFalse();
            }
        }
    }

    /** The tutorial with every free-text field set to a marked sentence. */
    private static Scenario withMarkedFreeText(Scenario s) {
        List<IntakeReport> reports = new ArrayList<>();
        for (IntakeReport r : s.intakeReports()) {
            List<Finding> findings = r.findings().stream().map(f -> new Finding(f.domain(), f.needLevel(), f.needs(),
                    Optional.of(MARK + " note of " + r.id() + " on " + f.domain()))).toList();
            reports.add(new IntakeReport(r.id(), r.personId(), r.party(), r.date(), findings,
                    List.of(MARK + " strength of " + r.id()), List.of(MARK + " wish of " + r.id())));
        }
        return new Scenario(s.name(), s.municipality(), s.region(), s.planStart(), s.horizonWeeks(),
                Optional.of(MARK + " scenario notes"), s.locations(), s.households(), s.persons(), reports,
                s.dwellings(), s.courseGroups(), s.schoolClasses(), s.placements(), s.housingQuotas());
    }

    /** Birth dates in the usual notations, countries of origin as words, and the free-text mark. */
    private static List<Pattern> personalData(Scenario s) {
        List<Pattern> patterns = new ArrayList<>();
        patterns.add(Pattern.compile(MARK));
        for (Person p : s.persons()) {
            Stream.of(p.birthDate().toString(), p.birthDate().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                            p.birthDate().format(DateTimeFormatter.ofPattern("d/M/yyyy")))
                    .map(Pattern::quote).map(Pattern::compile).forEach(patterns::add);
            patterns.add(Pattern.compile("\\b" + Pattern.quote(p.countryOfOrigin()) + "\\b"));
        }
        return patterns;
    }

    /** The message with its arguments, and every exception message in its cause chain. */
    private static String render(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(event.getLoggerName()).append(" ").append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return line.toString();
    }
}
