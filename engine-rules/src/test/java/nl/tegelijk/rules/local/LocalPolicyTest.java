package nl.tegelijk.rules.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.assessment.Assessor;
import nl.tegelijk.assessment.AssessorProvider;
import nl.tegelijk.assessment.MeasureKind;
import nl.tegelijk.assessment.SupportMeasure;
import nl.tegelijk.intake.IntegralProfile;
import nl.tegelijk.model.LifeDomain;
import nl.tegelijk.model.SupportNeed;
import nl.tegelijk.rules.DroolsAssessor;
import nl.tegelijk.rules.support.Profiles;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPolicyTest {
    private static final AssessmentRequest ON = AssessmentRequest.on(LocalDate.of(2016, 8, 1));
    private static final Assessor NATIONAL = DroolsAssessor.national();

    private static Path resource(String name) {
        try {
            return Path.of(LocalPolicyTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Path ZAANSTAD = resource("/local-policy/zaanstad/zaanstad.drl");

    private static IntegralProfile youngSingleRefugee() {
        return Profiles.profile(Profiles.person("{\"birthDate\": \"1994-01-01\"}"), 1,
                Map.of(LifeDomain.WORK, List.of(SupportNeed.DIPLOMA_RECOGNITION)), List.of(), List.of(), Optional.empty());
    }

    private static List<MeasureKind> kinds(Assessment a) {
        return a.measures().stream().map(SupportMeasure::measure).toList();
    }

    /** Everything but measures and justifications, which local policy may add to. */
    private static void assertNationalPartUnchanged(Assessment local, Assessment national) {
        assertThat(local.regime()).isEqualTo(national.regime());
        assertThat(local.duty()).isEqualTo(national.duty());
        assertThat(local.route()).isEqualTo(national.route());
        assertThat(local.targetLevel()).isEqualTo(national.targetLevel());
        assertThat(local.requirements()).isEqualTo(national.requirements());
        assertThat(local.deadlines()).isEqualTo(national.deadlines());
        assertThat(local.tracks()).isEqualTo(national.tracks());
        assertThat(local.weeklyHoursLimit()).isEqualTo(national.weeklyHoursLimit());
        assertThat(local.measures()).containsAll(national.measures());
        assertThat(local.justifications()).containsAll(national.justifications());
    }

    @Test
    void zaanstadAddsMentorLanguageBuddyWorkCoachAndDiplomaRecognitionForAYoungSingleRefugee() {
        Assessment local = DroolsAssessor.withLocalPolicy(List.of(ZAANSTAD)).assess(youngSingleRefugee(), ON);
        Assessment national = NATIONAL.assess(youngSingleRefugee(), ON);

        assertThat(kinds(national)).doesNotContain(MeasureKind.MENTOR, MeasureKind.LANGUAGE_BUDDY,
                MeasureKind.WORK_COACH, MeasureKind.DIPLOMA_RECOGNITION);
        assertThat(kinds(local)).contains(MeasureKind.MENTOR, MeasureKind.LANGUAGE_BUDDY, MeasureKind.WORK_COACH,
                MeasureKind.DIPLOMA_RECOGNITION, MeasureKind.SOCIAL_GUIDANCE);
        assertThat(local.justifications()).anySatisfy(j -> {
            assertThat(j.ruleId()).isEqualTo("ZAA-MENTOR-01");
            assertThat(j.legalBasis().law()).isEqualTo("Zaanstad integrale aanpak vergunninghouders 2016");
            assertThat(j.legalBasis().url()).startsWith("https://");
        });
        assertNationalPartUnchanged(local, national);
    }

    @Test
    void zaanstadGivesNoMentorToARefugeeInAFamily() {
        IntegralProfile inFamily = Profiles.profile(Profiles.person("{\"birthDate\": \"1994-01-01\"}"), 4, Map.of(),
                List.of(), List.of(), Optional.empty());
        assertThat(kinds(DroolsAssessor.withLocalPolicy(List.of(ZAANSTAD)).assess(inFamily, ON)))
                .doesNotContain(MeasureKind.MENTOR).contains(MeasureKind.LANGUAGE_BUDDY);
    }

    @Test
    void localRuleThatTriesToChangeTheDutyOrRegimeHasNoEffect() {
        Path rogue = resource("/local-policy-tests/overrides-duty.drl");
        Assessment local = DroolsAssessor.withLocalPolicy(List.of(rogue)).assess(youngSingleRefugee(), ON);
        Assessment national = NATIONAL.assess(youngSingleRefugee(), ON);

        assertThat(local).isEqualTo(national);
        assertThat(local.duty().obliged()).isTrue();
    }

    @Test
    void localRuleInANationalLawPackageIsRejectedAtStartUp() {
        assertThatThrownBy(() -> DroolsAssessor.withLocalPolicy(List.of(resource("/local-policy-tests/national-package.drl"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("national-package.drl")
                .hasMessageContaining("nl.tegelijk.rules.law");
    }

    @Test
    void brokenLocalFileFailsAtStartUpNamingFileAndLine() {
        assertThatThrownBy(() -> DroolsAssessor.withLocalPolicy(List.of(ZAANSTAD, resource("/local-policy-tests/broken.drl"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.drl line 7");
    }

    @Test
    void brokenLocalFileFailsAtStartUpWithTheCompilersMessageAfterFileAndLine() {
        assertThatThrownBy(() -> DroolsAssessor.withLocalPolicy(List.of(resource("/local-policy-tests/broken.drl"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Local policy does not compile:")
                .hasMessageMatching("(?s).*broken\\.drl line 7: \\S.*");
    }

    @Test
    void localRuleOnAnUnknownFactTypeFailsAtStartUpNamingFileLineAndType() {
        assertThatThrownBy(() -> DroolsAssessor.withLocalPolicy(List.of(resource("/local-policy-tests/unknown-type.drl"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown-type.drl line 8")
                .hasMessageContaining("NoSuchFact");
    }

    @Test
    void localRuleWithoutLegalBasisIsRejectedAtStartUp() {
        assertThatThrownBy(() -> DroolsAssessor.withLocalPolicy(List.of(resource("/local-policy-tests/no-metadata.drl"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Rule without a legal basis")
                .hasMessageContaining("@ruleId");
    }

    @Test
    void providerFoundThroughServiceLoaderCreatesAWorkingAssessor() {
        Assessor assessor = AssessorProvider.load().create(List.of(ZAANSTAD));
        assertThat(kinds(assessor.assess(youngSingleRefugee(), ON))).contains(MeasureKind.MENTOR);
    }

    @Test
    void decisionTableInCsvAddsItsMeasuresWithTheirRuleIds() {
        Assessor assessor = DroolsAssessor.withLocalPolicy(List.of(resource("/local-policy-tests/measures-table.csv")));
        Assessment young = assessor.assess(youngSingleRefugee(), ON);

        assertThat(kinds(young)).contains(MeasureKind.MENTOR).doesNotContain(MeasureKind.WORK_COACH);
        assertThat(young.justifications()).anySatisfy(j -> {
            assertThat(j.ruleId()).isEqualTo("TBL-MENTOR-01");
            assertThat(j.legalBasis().law()).isEqualTo("Voorbeeldgemeente beleidsregels 2025");
            assertThat(j.explanationEn()).isEqualTo("A young permit holder gets a mentor.");
        });
        assertNationalPartUnchanged(young, NATIONAL.assess(youngSingleRefugee(), ON));
    }

    @Test
    void decisionTableInXlsxWorksLikeTheSameTableInCsv(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("measures-table.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("Local measures");
            List<String> lines = Files.readAllLines(resource("/local-policy-tests/measures-table.csv"));
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = csvCells(lines.get(r));
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            book.write(out);
        }
        Assessment fromXlsx = DroolsAssessor.withLocalPolicy(List.of(xlsx)).assess(youngSingleRefugee(), ON);
        Assessment fromCsv = DroolsAssessor.withLocalPolicy(List.of(resource("/local-policy-tests/measures-table.csv")))
                .assess(youngSingleRefugee(), ON);

        assertThat(kinds(fromXlsx)).contains(MeasureKind.MENTOR);
        assertThat(fromXlsx).isEqualTo(fromCsv);
    }

    /** The cells of one CSV line: commas separate, double quotes enclose, two double quotes are one. */
    private static List<String> csvCells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void localRuleCitingAnUnknownSourceIsRejectedAtStartUpNotWhenItFires() {
        assertThatThrownBy(() -> DroolsAssessor.withLocalPolicy(List.of(resource("/local-policy-tests/unknown-law.drl"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown-law.drl")
                .hasMessageContaining("legal-references.json");
    }

    @Test
    void brokenDecisionTableFailsAtStartUpNamingTheTable() {
        assertThatThrownBy(() -> DroolsAssessor.withLocalPolicy(List.of(resource("/local-policy-tests/broken-table.csv"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken-table.csv generated rule line");
    }
}
