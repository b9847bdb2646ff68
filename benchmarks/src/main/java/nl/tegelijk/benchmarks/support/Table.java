package nl.tegelijk.benchmarks.support;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of benchmark figures: printed as aligned plain text and written as CSV. Immutable once built; not
 * thread-safe while rows are added.
 */
public final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column names. */
    public Table(List<String> header) {
        checkArgument(!header.isEmpty(), "header must not be empty");
        this.header = List.copyOf(header);
    }

    /** Adds a row of as many cells as there are columns. */
    public Table add(List<String> row) {
        checkArgument(row.size() == header.size(), "row (%s) has %s cells, the header (%s) %s", row, row.size(),
                header, header.size());
        rows.add(List.copyOf(row));
        return this;
    }

    /** The column names. */
    public List<String> header() {
        return header;
    }

    /** The rows added, without the header. */
    public List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** The table as aligned lines: the first column left-aligned, the others right-aligned. */
    public List<String> lines() {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder(String.format("%-" + widths[0] + "s", row.get(0)));
            for (int i = 1; i < row.size(); i++) {
                line.append("  ").append(String.format("%" + widths[i] + "s", row.get(i)));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Writes the table as CSV (comma-separated, cells with a comma or quote quoted). */
    public void writeCsv(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(csv(header));
        rows.forEach(r -> lines.add(csv(r)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the table (" + file + ")", e);
        }
    }

    private static String csv(List<String> row) {
        return row.stream().map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\""
                : c).collect(Collectors.joining(","));
    }
}
