package nl.tegelijk.benchmarks.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import nl.tegelijk.assessment.Assessment;
import nl.tegelijk.assessment.AssessmentRequest;
import nl.tegelijk.json.TegelijkJson;
import nl.tegelijk.rules.DroolsAssessor;

/**
 * Writes the national rules' assessments of fixed generated populations as normalised JSON, one line per assessment,
 * so that two versions of the rules can be compared byte for byte ({@code cmp} or the printed SHA-256): 5,000 persons,
 * seeds 42 and 7, six reference dates around the changes of the law (60,000 assessments). Normalised: the arrays of
 * JSON sets ({@code Set.of} iterates in a per-JVM order) are sorted; every other order is the assessor's own. Not a
 * speed figure. Usage: {@code RulesSameness <out-file> [persons]}.
 */
public final class RulesSameness {
    static final long[] SEEDS = {42, 7};
    static final List<LocalDate> DATES = List.of(LocalDate.of(2014, 3, 1), LocalDate.of(2016, 6, 1),
            LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 6, 1), LocalDate.of(2025, 2, 1));
    /** The JSON fields that hold a {@code Set}. */
    private static final Set<String> SET_FIELDS = Set.of("courseKinds", "schoolKinds", "placementKinds");

    private RulesSameness() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length < 1 || args[0].startsWith("-")) {
            System.out.println("Usage: RulesSameness <out-file> [persons=5000]");
            return;
        }
        Path out = Path.of(args[0]);
        int persons = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        ObjectMapper mapper = TegelijkJson.mapper();
        DroolsAssessor assessor = DroolsAssessor.national();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        int count = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (long seed : SEEDS) {
                for (LocalDate date : DATES) {
                    List<Assessment> assessments = assessor.assess(Population.generate(persons, seed, date),
                            AssessmentRequest.on(date));
                    for (Assessment a : assessments) {
                        JsonNode tree = mapper.valueToTree(a);
                        normalise(tree);
                        String line = "seed=" + seed + " date=" + date + " " + mapper.writeValueAsString(tree) + "\n";
                        w.write(line);
                        sha.update(line.getBytes(StandardCharsets.UTF_8));
                        count++;
                    }
                }
            }
        }
        System.out.printf("%d assessments written to %s, SHA-256 %s%n", count, out,
                HexFormat.of().formatHex(sha.digest()));
    }

    private static void normalise(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(e -> {
                if (SET_FIELDS.contains(e.getKey()) && e.getValue() instanceof ArrayNode array) {
                    List<String> values = new ArrayList<>();
                    array.forEach(v -> values.add(v.asText()));
                    values.sort(null);
                    array.removeAll();
                    values.forEach(array::add);
                } else {
                    normalise(e.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(RulesSameness::normalise);
        }
    }
}
