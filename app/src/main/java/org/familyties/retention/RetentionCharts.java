package org.familyties.retention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.familyties.shared.Xml;

/**
 * Retention charts as accessible SVG: role="img" with a title and a description, and every value written next to
 * its mark, so nothing depends on colour or on reading a position off the picture.
 */
public final class RetentionCharts {

    private static final int ROW = 26;
    private static final int LABEL = 240;
    private static final int PLOT = 400;
    private static final int VALUE = 200;
    private static final String INK = "#0b0c0c";
    private static final String BLUE = "#1d70b8";

    private RetentionCharts() {
    }

    /** One horizontal bar per row (wave × role) for the retention rate, with its 95% interval as a whisker. */
    public static String retentionByWave(List<RetentionRow> rows) {
        int height = 50 + ROW * Math.max(1, rows.size());
        StringBuilder svg = open("retention-by-wave", "Retention by wave and role",
                "Share of eligible, resolved participants interviewed at each wave, by role, with 95% Wilson "
                        + "intervals; " + rows.size() + " rows, each labelled with its percentage and counts.",
                height);
        axis(svg, height, 0, 1, new double[] {0, 0.25, 0.5, 0.75, 1}, "%.0f%%", 100);
        for (int i = 0; i < rows.size(); i++) {
            RetentionRow r = rows.get(i);
            Proportion p = r.retention();
            int y = 20 + i * ROW;
            text(svg, 0, y + 13, r.waveName() + " – " + r.role(), "start");
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" "
                    + "fill=\"%s\"/>", LABEL, y, p.rate() * PLOT, BLUE));
            svg.append(String.format(Locale.ROOT, "<line class=\"whisker\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
                    + "stroke=\"%s\" stroke-width=\"2\"/>", LABEL + p.lower95() * PLOT, y + 8,
                    LABEL + p.upper95() * PLOT, y + 8, INK));
            text(svg, LABEL + PLOT + 8, y + 13, String.format(Locale.ROOT, "%.0f%% (%d of %d; 95%% CI %.0f–%.0f%%)",
                    p.rate() * 100, p.count(), p.of(), p.lower95() * 100, p.upper95() * 100), "start");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A "love plot": one dot per numeric characteristic and per categorical level at its standardised mean
     * difference (retained − lost), with dashed reference lines at ±0.1 and a solid line at 0.
     */
    public static String standardisedDifferences(AttritionReport report) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (NumericComparison n : report.numeric()) {
            labels.add(n.characteristic());
            values.add(n.smd());
        }
        for (CategoryComparison c : report.categories()) {
            labels.add(c.characteristic() + ": " + c.level());
            values.add(c.smd());
        }
        double limit = 0.5;
        for (double v : values) {
            if (Double.isFinite(v)) {
                limit = Math.max(limit, Math.ceil(Math.abs(v) * 4) / 4);
            }
        }
        int height = 50 + ROW * Math.max(1, values.size());
        StringBuilder svg = open("attrition-smd", "Standardised differences between retained and lost participants",
                "Standardised mean difference (retained minus lost) at baseline for " + values.size()
                        + " characteristics and levels; differences beyond ±0.1 (dashed lines) are usually "
                        + "taken as imbalance. Each value is written beside its dot.", height);
        axis(svg, height, -limit, limit, new double[] {-limit, -0.1, 0, 0.1, limit}, "%.2f", 1);
        for (double reference : new double[] {-0.1, 0.1}) {
            double x = x(reference, -limit, limit);
            svg.append(String.format(Locale.ROOT, "<line class=\"reference\" x1=\"%.1f\" y1=\"14\" x2=\"%.1f\" y2=\"%d\" "
                    + "stroke=\"#505a5f\" stroke-dasharray=\"4 3\"/>", x, x, height - 30));
        }
        double zero = x(0, -limit, limit);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"14\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>",
                zero, zero, height - 30, INK));
        for (int i = 0; i < values.size(); i++) {
            int y = 28 + i * ROW;
            double v = values.get(i);
            text(svg, 0, y + 4, labels.get(i), "start");
            if (Double.isFinite(v)) {
                svg.append(String.format(Locale.ROOT, "<circle class=\"smd\" cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"%s\"/>",
                        x(v, -limit, limit), y, BLUE));
                text(svg, LABEL + PLOT + 8, y + 4, String.format(Locale.ROOT, "%+.2f", v), "start");
            } else {
                text(svg, LABEL + PLOT + 8, y + 4, "not estimable", "start");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"ft-chart\" viewBox=\"0 0 %d %d\" "
                        + "aria-labelledby=\"%s-title %s-desc\">", LABEL + PLOT + VALUE, height, id, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(description)).append("</desc>");
        return svg;
    }

    private static void axis(StringBuilder svg, int height, double min, double max, double[] ticks, String format,
                             double scale) {
        int y = height - 30;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                LABEL, y, LABEL + PLOT, y, INK));
        for (double tick : ticks) {
            text(svg, (int) Math.round(LABEL + (tick - min) / (max - min) * PLOT), y + 16,
                    String.format(Locale.ROOT, format, tick * scale), "middle");
        }
    }

    private static double x(double value, double min, double max) {
        return LABEL + (value - min) / (max - min) * PLOT;
    }

    private static void text(StringBuilder svg, int x, int y, String text, String anchor) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"%s\" "
                + "fill=\"%s\">%s</text>", x, y, anchor, INK, Xml.escape(text)));
    }

}
