package org.familyties.casework.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.familyties.shared.Xml;

/**
 * A grouped bar chart as accessible SVG: title and description, labelled axes, a legend in text and the
 * value above every non-zero bar, so no number has to be read off the picture.
 */
final class BarChart {

    private static final String[] COLOURS = {"#1d70b8", "#f47738", "#00703c", "#912b88", "#d4351c", "#505a5f"};
    private static final int HEIGHT = 300;
    private static final int TOP = 30;
    private static final int BOTTOM = 60;
    private static final int LEFT = 40;

    private BarChart() {
    }

    static String render(String id, String title, String description, List<String> categories,
                         Map<String, List<Integer>> series) {
        int groups = Math.max(1, categories.size());
        int perGroup = Math.max(1, series.size());
        int groupWidth = Math.max(40, perGroup * 14 + 10);
        int width = LEFT + groups * groupWidth + 20;
        int max = series.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
        int scaleMax = Math.max(1, max);
        int plot = HEIGHT - TOP - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"ft-chart\" "
                + "viewBox=\"0 0 %d %d\" aria-labelledby=\"%s-title %s-desc\">", width, HEIGHT + 20 * ((series.size() + 2) / 3), id, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(Xml.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(description)).append("</desc>");
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\"/>",
                LEFT, HEIGHT - BOTTOM, width - 10, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\" fill=\"#0b0c0c\">%d</text>",
                TOP + 4, scaleMax));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\" fill=\"#0b0c0c\">0</text>",
                HEIGHT - BOTTOM));
        int s = 0;
        for (Map.Entry<String, List<Integer>> entry : series.entrySet()) {
            String colour = COLOURS[s % COLOURS.length];
            for (int g = 0; g < categories.size(); g++) {
                int value = g < entry.getValue().size() ? entry.getValue().get(g) : 0;
                int barHeight = (int) Math.round((double) value / scaleMax * plot);
                int x = LEFT + g * groupWidth + 5 + s * 14;
                int y = HEIGHT - BOTTOM - barHeight;
                if (value > 0) {
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"%d\" fill=\"%s\"/>",
                            x, y, barHeight, colour));
                    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" "
                            + "fill=\"#0b0c0c\">%d</text>", x + 6, y - 2, value));
                }
            }
            int legendY = HEIGHT - 10 + 20 * (s / 3);
            int legendX = LEFT + (s % 3) * 200;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                    legendX, legendY - 10, colour));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>",
                    legendX + 16, legendY, Xml.escape(entry.getKey())));
            s++;
        }
        for (int g = 0; g < categories.size(); g++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" "
                    + "fill=\"#0b0c0c\">%s</text>", LEFT + g * groupWidth + groupWidth / 2, HEIGHT - BOTTOM + 16,
                    Xml.escape(categories.get(g))));
        }
        svg.append("</svg>");
        return svg.toString();
    }

}
