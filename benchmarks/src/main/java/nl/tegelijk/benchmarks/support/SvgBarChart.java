package nl.tegelijk.benchmarks.support;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A grouped bar chart written as plain SVG: one group of bars per category (e.g. a dataset size), one bar per series
 * (e.g. a method), a y axis from 0 with five grid lines, and a legend. Stateless.
 */
public final class SvgBarChart {

    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948"};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 180;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;

    private SvgBarChart() {
    }

    /**
     * Writes the chart.
     *
     * @param categories the groups along the x axis, in order
     * @param series per series name (in legend order) one value per category; a NaN leaves the bar out
     */
    public static void write(Path file, String title, String yLabel, List<String> categories,
                             Map<String, List<Double>> series) {
        checkArgument(!categories.isEmpty(), "categories must not be empty");
        series.forEach((name, values) -> checkArgument(values.size() == categories.size(),
                "series (%s) has %s values for %s categories", name, values.size(), categories.size()));
        double max = series.values().stream().flatMap(List::stream).filter(v -> !v.isNaN())
                .mapToDouble(Double::doubleValue).max().orElse(1);
        double top = niceCeiling(max);
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double groupWidth = (double) plotWidth / categories.size();
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"25\" font-size=\"15\" font-weight=\"bold\">%s</text>%n",
                LEFT, escape(title)));
        for (int i = 0; i <= 5; i++) {
            double value = top * i / 5;
            double y = TOP + plotHeight - plotHeight * i / 5.0;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, LEFT + plotWidth, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 6, y + 4, format(value)));
        }
        svg.append(String.format(Locale.ROOT, "<text transform=\"translate(16,%d) rotate(-90)\" text-anchor=\"middle\">"
                + "%s</text>%n", TOP + plotHeight / 2, escape(yLabel)));
        int s = 0;
        for (Map.Entry<String, List<Double>> e : series.entrySet()) {
            String colour = COLOURS[s % COLOURS.length];
            for (int c = 0; c < categories.size(); c++) {
                double value = e.getValue().get(c);
                if (Double.isNaN(value)) {
                    continue;
                }
                double h = plotHeight * value / top;
                double x = LEFT + groupWidth * c + groupWidth * 0.1 + barWidth * s;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                        + "fill=\"%s\"><title>%s, %s: %s</title></rect>%n", x, TOP + plotHeight - h, barWidth, h,
                        colour, escape(e.getKey()), escape(categories.get(c)), format(value)));
            }
            int ly = TOP + 18 * s;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\">%s</text>%n", LEFT + plotWidth + 15, ly, colour,
                    LEFT + plotWidth + 32, ly + 11, escape(e.getKey())));
            s++;
        }
        for (int c = 0; c < categories.size(); c++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    LEFT + groupWidth * (c + 0.5), TOP + plotHeight + 20, escape(categories.get(c))));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n",
                LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight));
        svg.append("</svg>\n");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart (" + file + ")", e);
        }
    }

    private static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
