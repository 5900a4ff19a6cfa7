package org.familyties.casework.web;

import java.util.List;
import java.util.Locale;

import org.familyties.casework.MeanInterval;
import org.familyties.shared.Xml;

/** Means with 95% confidence intervals as an accessible SVG dot-and-whisker chart, one row per group. */
final class IntervalChart {

    private static final int ROW = 28;
    private static final int LABEL = 220;
    private static final int PLOT = 420;

    record Item(String label, MeanInterval interval) {
    }

    private IntervalChart() {
    }

    static String render(String id, String title, String description, List<Item> items) {
        double lo = 0;
        double hi = 0;
        for (Item i : items) {
            MeanInterval m = i.interval();
            if (m.mean() != null) {
                lo = Math.min(lo, m.lower() == null ? m.mean() : m.lower());
                hi = Math.max(hi, m.upper() == null ? m.mean() : m.upper());
            }
        }
        if (hi - lo < 1) {
            hi = lo + 1;
        }
        double min = lo;
        double span = hi - lo;
        int height = 40 + ROW * Math.max(1, items.size());
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"ft-chart\" viewBox=\"0 0 %d %d\" "
                        + "aria-labelledby=\"%s-title %s-desc\">", LABEL + PLOT + 80, height, id, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(description)).append("</desc>");
        double zeroX = LABEL + (0 - min) / span * PLOT;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"10\" x2=\"%.1f\" y2=\"%d\" stroke=\"#505a5f\" "
                + "stroke-dasharray=\"4 3\"/><text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                + "fill=\"#0b0c0c\">0</text>", zeroX, zeroX, height - 20, zeroX, height - 6));
        for (int r = 0; r < items.size(); r++) {
            Item item = items.get(r);
            MeanInterval m = item.interval();
            int y = 24 + r * ROW;
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>",
                    y + 4, Xml.escape(item.label())));
            if (m.mean() == null) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#0b0c0c\">n = 0</text>",
                        LABEL, y + 4));
                continue;
            }
            double x = LABEL + (m.mean() - min) / span * PLOT;
            if (m.lower() != null) {
                double x1 = LABEL + (m.lower() - min) / span * PLOT;
                double x2 = LABEL + (m.upper() - min) / span * PLOT;
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#1d70b8\" "
                        + "stroke-width=\"2\"/>", x1, y, x2, y));
            }
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"5\" fill=\"#1d70b8\"/>", x, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#0b0c0c\">%s</text>",
                    LABEL + PLOT + 6, y + 4, Xml.escape(String.format(Locale.ROOT, "%.1f (n %d)", m.mean(), m.n()))));
        }
        return svg.append("</svg>").toString();
    }
}
