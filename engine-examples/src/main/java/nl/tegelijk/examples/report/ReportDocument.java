package nl.tegelijk.examples.report;

import java.util.List;

/**
 * A report as a list of blocks, rendered to Markdown and to a self-contained HTML page: one text, two formats.
 * Immutable and thread-safe.
 *
 * @param title the title
 * @param lang the language tag of the text ({@code nl} or {@code en})
 * @param blocks the content in order
 */
record ReportDocument(String title, String lang, List<Block> blocks) {

    ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** A part of the report. */
    sealed interface Block permits Heading, Para, Table, Chart {
    }

    /** A section heading. */
    record Heading(String text) implements Block {
    }

    /** A paragraph of plain text. */
    record Para(String text) implements Block {
    }

    /** A table; the first column is a label, the others are figures (right-aligned). */
    record Table(List<String> head, List<List<String>> rows) implements Block {
        Table {
            head = List.copyOf(head);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** An inline SVG chart; Markdown shows {@code alt} instead. */
    record Chart(String svg, String alt) implements Block {
    }

    /** The report as Markdown. */
    String markdown() {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                md.append("## ").append(h.text()).append("\n\n");
            } else if (b instanceof Para p) {
                md.append(p.text()).append("\n\n");
            } else if (b instanceof Table t) {
                md.append("| ").append(String.join(" | ", t.head())).append(" |\n|");
                for (int i = 0; i < t.head().size(); i++) {
                    md.append(i == 0 ? "---|" : "---:|");
                }
                md.append('\n');
                t.rows().forEach(r -> md.append("| ").append(String.join(" | ", r).replace("\n", " "))
                        .append(" |\n"));
                md.append('\n');
            } else if (b instanceof Chart c) {
                md.append("*").append(c.alt()).append("*\n\n");
            }
        }
        return md.toString();
    }

    /** The report as one HTML page without any external resource. */
    String html() {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(esc(title)).append("</title><style>")
                .append("body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                        + "color:#1d2733}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;"
                        + "border-bottom:1px solid #d5dbe3}table{border-collapse:collapse;margin:.5rem 0}"
                        + "td,th{padding:.2rem .6rem;border-bottom:1px solid #e6eaef}th{text-align:left;"
                        + "background:#f1f4f8}td+td,th+th{text-align:right}svg{display:block;margin:.5rem 0}"
                        + "svg text{font:12px system-ui,sans-serif;fill:#1d2733}")
                .append("</style></head><body><h1>").append(esc(title)).append("</h1>\n");
        h.append(fragment());
        return h.append("</body></html>\n").toString();
    }

    /** The blocks alone as HTML (no page, no title), to place inside another page. */
    String fragment() {
        StringBuilder h = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Heading x) {
                h.append("<h2>").append(esc(x.text())).append("</h2>\n");
            } else if (b instanceof Para p) {
                h.append("<p>").append(esc(p.text())).append("</p>\n");
            } else if (b instanceof Table t) {
                h.append("<table><thead><tr>");
                t.head().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
                h.append("</tr></thead><tbody>");
                t.rows().forEach(r -> {
                    h.append("<tr>");
                    r.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                    h.append("</tr>");
                });
                h.append("</tbody></table>\n");
            } else if (b instanceof Chart c) {
                h.append(c.svg()).append('\n');
            }
        }
        return h.toString();
    }

    /** Escapes text for HTML and SVG. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
