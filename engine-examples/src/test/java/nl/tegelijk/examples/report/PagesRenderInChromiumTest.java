package nl.tegelijk.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.tegelijk.assessment.QuotaCheck;
import nl.tegelijk.monitoring.CouncilFigures;
import nl.tegelijk.monitoring.PlanMetrics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan.html and report.html of the planned tutorial, opened in headless Chromium: the charts must render (SVG bars in
 * the rendered DOM, no script error, a screenshot that is not blank). Skipped when {@code /usr/bin/chromium} is
 * missing, unless {@code TEGELIJK_REQUIRE_BROWSER=1} (CI), then it fails.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PagesRenderInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    private String planPage;

    @BeforeEach
    void browserAndPages() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = CHROMIUM + " is missing: install it with .ci/install-browser (apt-get install chromium)";
            if ("1".equals(System.getenv("TEGELIJK_REQUIRE_BROWSER"))) {
                fail(message + "; TEGELIJK_REQUIRE_BROWSER=1 requires the browser test to run");
            }
            Assumptions.assumeTrue(false, message + "; the browser test is skipped");
        }
        PlannedScenario s = PlannedScenario.tutorial();
        PlanMetrics greedy = PlanMetrics.of(s.scenario(), s.assessments(), s.greedy());
        PlanMetrics sequential = PlanMetrics.of(s.scenario(), s.assessments(), s.sequential());
        List<QuotaCheck> quotaChecks = s.quotaChecksWithFiguresForTheFirstHalfYear();
        planPage = PlanPage.render(s.scenario(), s.assessments(), s.plan(),
                List.of(PlanMetrics.of(s.scenario(), s.assessments(), s.plan()), greedy, sequential), quotaChecks,
                false, Optional.empty());
        Files.writeString(dir.resolve("plan.html"), planPage);
        CouncilReport report = CouncilReport.of(CouncilFigures.of(s.scenario(), s.assessments(), s.plan()),
                List.of(greedy, sequential), false).withQuotaChecks(quotaChecks);
        Files.writeString(dir.resolve("report.html"), report.html());
    }

    @Test
    void planPageDrawsTimelineOccupancyAndQuotaChartsWithoutScriptError() throws Exception {
        String dom = chromium("--dump-dom", dir.resolve("plan.html"));

        assertThat(bodyTag(dom)).doesNotContain("data-js-error").contains("data-rendered=\"ok\"");
        assertThat(count(section(dom, "id=\"timeline\"", "id=\"occupancy\""), "class=\"bar\"")).isPositive();
        assertThat(count(section(dom, "id=\"timeline\"", "id=\"occupancy\""), "class=\"wait\"")).isPositive();
        assertThat(count(section(dom, "id=\"occupancy\"", "id=\"heat\""), "class=\"occ\"")).isPositive();
        assertThat(count(section(dom, "id=\"heat\"", "id=\"plan-data\""), "class=\"cell\"")).isPositive();
        assertThat(count(section(dom, "id=\"quota\"", "id=\"timeline\""), "class=\"bar\"")).isPositive();
        assertThat(count(section(dom, "id=\"headline\"", "id=\"quota\""), "<td")).isGreaterThan(20);
        assertThat(section(dom, "id=\"headline\"", "id=\"quota\"")).contains("Weken tot de eerste activiteit")
                .contains("gretig parallel").contains("Wat het cijfer meet");
    }

    @Test
    void planPageScreenshotIsNotBlank() throws Exception {
        Path png = dir.resolve("plan.png");
        chromium("--screenshot=" + png, dir.resolve("plan.html"));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("screenshot " + png).isNotNull();
        Set<Integer> colours = new HashSet<>();
        long notWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                notWhite += rgb == 0xffffff ? 0 : 1;
            }
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(20);
        assertThat(notWhite).as("pixels that are not white").isGreaterThan(image.getWidth() * image.getHeight() / 40);
    }

    @Test
    void planPageShowsTheQuotaByTheFormulaBesideTheGivenQuotaAndADashWithoutFigures() throws Exception {
        String dom = chromium("--dump-dom", dir.resolve("plan.html"));

        String table = section(dom, "id=\"quotaLaw\"", "id=\"timeline\"");
        assertThat(table).contains("Volgens de formule (HV-FORMULA-01)")
                .contains("<td>2025-H1</td><td>8</td><td>90</td>").contains("<td>2025-H2</td><td>4</td><td>-</td>")
                .contains("Huisvestingswet 2014 art. 29 lid 1");
    }

    @Test
    void aScriptErrorOnThePlanPageIsCaught() throws Exception {
        Files.writeString(dir.resolve("broken.html"), planPage.replace(
                "document.body.setAttribute(\"data-rendered\", \"ok\");", "noSuchFunction();"));

        String dom = chromium("--dump-dom", dir.resolve("broken.html"));

        assertThat(bodyTag(dom)).contains("data-js-error").doesNotContain("data-rendered=\"ok\"");
    }

    @Test
    void councilReportShowsItsChartsAndTables() throws Exception {
        String dom = chromium("--dump-dom", dir.resolve("report.html"));

        assertThat(dom).contains("Raadsinformatiebrief").contains("Taakstelling huisvesting per halfjaar")
                .contains("Volgens de formule (HV-FORMULA-01)")
                .contains("Tegelijk tegenover de vergelijkingen").contains("na elkaar (de oude werkwijze)");
        assertThat(count(dom, "<svg")).isGreaterThanOrEqualTo(3);
        assertThat(count(dom, "class=\"bar\"")).isGreaterThan(10);
    }

    private String chromium(String action, Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1400,2000", action, page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.err").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 90 s");
        }
        assertThat(process.exitValue()).as("chromium exit code; stderr in " + dir.resolve("chromium.err")).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The rendered body's start tag, which carries the page's markers. */
    private static String bodyTag(String dom) {
        int a = dom.indexOf("<body");
        assertThat(a).as("a body in the rendered page").isNotNegative();
        return dom.substring(a, dom.indexOf('>', a) + 1);
    }

    private static String section(String dom, String from, String to) {
        int a = dom.indexOf(from);
        int b = dom.indexOf(to, Math.max(0, a));
        assertThat(a).as("marker " + from).isNotNegative();
        assertThat(b).as("marker " + to).isGreaterThan(a);
        return dom.substring(a, b);
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
