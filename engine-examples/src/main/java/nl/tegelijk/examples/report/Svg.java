package nl.tegelijk.examples.report;

import static nl.tegelijk.examples.report.ReportDocument.esc;

import java.util.List;

/** Small horizontal bar charts as inline SVG for the council report: drawn on the server, no script needed. */
final class Svg {

    private static final int LABEL = 170;
    private static final int WIDTH = 640;
    private static final int ROW = 24;

    private Svg() {
    }

    /** A labelled value. */
    record Bar(String label, int value) {
    }

    /** A label with a realised value against a target. */
    record Pair(String label, int value, int target) {
    }

    /** Bars of percentages on a 0–100 scale. */
    static String shareBars(List<Bar> bars) {
        return bars(bars, 100, "%");
    }

    /** Bars of counts scaled to the largest, or of percentages when {@code percent}. */
    static String shareBars(List<Bar> bars, boolean percent) {
        return percent ? shareBars(bars) : bars(bars, bars.stream().mapToInt(Bar::value).max().orElse(1), "");
    }

    private static String bars(List<Bar> bars, int max, String unit) {
        int scale = WIDTH - LABEL - 60;
        StringBuilder s = open(bars.size() * ROW + 8);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 4 + i * ROW;
            int w = max <= 0 ? 0 : (int) Math.round((double) scale * b.value() / max);
            s.append(text(4, y + 15, b.label(), "start"))
                    .append(rect(LABEL, y + 3, w, ROW - 8, "#2f6fae", b.label() + ": " + b.value() + unit))
                    .append(text(LABEL + w + 6, y + 15, b.value() + unit, "start"));
        }
        return s.append("</svg>").toString();
    }

    /** Pairs of bars per label: realised (dark) and target (light), with a legend. */
    static String pairedBars(List<Pair> pairs, String valueName, String targetName) {
        int max = pairs.stream().mapToInt(p -> Math.max(p.value(), p.target())).max().orElse(1);
        int scale = WIDTH - LABEL - 60;
        StringBuilder s = open(pairs.size() * ROW * 2 + 30);
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            int y = 4 + i * ROW * 2;
            int w = max <= 0 ? 0 : (int) Math.round((double) scale * p.value() / max);
            int t = max <= 0 ? 0 : (int) Math.round((double) scale * p.target() / max);
            s.append(text(4, y + 22, p.label(), "start"))
                    .append(rect(LABEL, y + 2, w, ROW - 6, "#2f6fae", p.label() + " " + valueName + ": " + p.value()))
                    .append(text(LABEL + w + 6, y + 16, String.valueOf(p.value()), "start"))
                    .append(rect(LABEL, y + ROW, t, ROW - 6, "#b9cde3", p.label() + " " + targetName + ": " + p.target()))
                    .append(text(LABEL + t + 6, y + ROW + 14, String.valueOf(p.target()), "start"));
        }
        int y = pairs.size() * ROW * 2 + 12;
        s.append(rect(LABEL, y, 12, 12, "#2f6fae", valueName)).append(text(LABEL + 16, y + 11, valueName, "start"))
                .append(rect(LABEL + 120, y, 12, 12, "#b9cde3", targetName))
                .append(text(LABEL + 136, y + 11, targetName, "start"));
        return s.append("</svg>").toString();
    }

    private static StringBuilder open(int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"" + WIDTH
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\">");
    }

    private static String rect(int x, int y, int w, int h, String fill, String title) {
        return "<rect class=\"bar\" x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h
                + "\" fill=\"" + fill + "\"><title>" + esc(title) + "</title></rect>";
    }

    private static String text(int x, int y, String text, String anchor) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + esc(text) + "</text>";
    }
}
