package nl.tegelijk.benchmarks.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.tegelijk.benchmarks.support.Table;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads the {@code plannerBenchmarkResult.xml} that Timefold's benchmarker writes into a table: per dataset and
 * configuration the best score, the time spent, the move-evaluation speed and the winner of each dataset. Stateless.
 */
final class BenchmarkResultSummary {

    private record Row(String dataset, String configuration, HardMediumSoftLongScore score, long millis,
                       long moves) {
    }

    private BenchmarkResultSummary() {
    }

    /** The newest report folder (a timestamped subfolder holding {@code plannerBenchmarkResult.xml}) in {@code dir}. */
    static Path newestReport(Path benchmarkDirectory) {
        try (Stream<Path> children = Files.list(benchmarkDirectory)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("plannerBenchmarkResult.xml")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no plannerBenchmarkResult.xml under ("
                            + benchmarkDirectory + "). Maybe the benchmark failed; see its log."));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list (" + benchmarkDirectory + ")", e);
        }
    }

    /** The table of the report in {@code reportFolder}. */
    static Table table(Path reportFolder) {
        Document doc = parse(reportFolder.resolve("plannerBenchmarkResult.xml"));
        Map<String, String> datasetBySingle = new HashMap<>();
        for (Element problem : children(doc.getDocumentElement(), "unifiedProblemBenchmarkResult")) {
            String name = text(problem, "name");
            children(problem, "singleBenchmarkResult").forEach(s -> datasetBySingle.put(s.getTextContent(), name));
        }
        List<Row> rows = new ArrayList<>();
        for (Element solver : children(doc.getDocumentElement(), "solverBenchmarkResult")) {
            String configuration = text(solver, "name");
            for (Element single : children(solver, "singleBenchmarkResult")) {
                Element sub = children(single, "subSingleBenchmarkResult").get(0);
                rows.add(new Row(datasetBySingle.get(single.getAttribute("id")), configuration,
                        HardMediumSoftLongScore.parseScore(text(sub, "score")), Long.parseLong(text(sub,
                        "timeMillisSpent")), Long.parseLong(text(sub, "moveEvaluationCount"))));
            }
        }
        Map<String, HardMediumSoftLongScore> best = new HashMap<>();
        rows.forEach(r -> best.merge(r.dataset(), r.score(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        Table table = new Table(List.of("dataset", "configuration", "best score", "seconds", "moves/s", "winner"));
        rows.stream().sorted(Comparator.comparing(Row::dataset)).forEach(r -> table.add(List.of(r.dataset(),
                r.configuration(), r.score().toString(), String.format("%.1f", r.millis() / 1000.0),
                String.valueOf(r.millis() == 0 ? 0 : r.moves() * 1000 / r.millis()),
                r.score().equals(best.get(r.dataset())) ? "*" : "")));
        return table;
    }

    private static Document parse(Path file) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the benchmark result (" + file + ")", e);
        }
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        if (found.isEmpty()) {
            throw new IllegalStateException("benchmark result element (" + parent.getTagName() + ") has no ("
                    + tag + ")");
        }
        return found.get(0).getTextContent().trim();
    }
}
