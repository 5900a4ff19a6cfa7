package org.familyties.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.familyties.shared.Xml;
import org.familyties.stats.sem.ParameterEstimate;
import org.familyties.stats.sem.SemResult;

/**
 * Draws a fitted model as an accessible SVG path diagram with standardised estimates (std.all): latent
 * variables as ellipses, observed ones as rectangles, regressions and loadings as arrows, covariances as
 * dashed two-headed arcs. Variables are placed in columns by their depth in the regression graph, each
 * latent variable's indicators beneath it.
 */
public final class PathDiagram {

    private static final int BOX_W = 110;
    private static final int INDICATOR_W = 64;
    private static final int BOX_H = 36;
    private static final int GAP = 10;
    private static final int COLUMN_GAP = 90;
    private static final int ROW_HEIGHT = 80;
    private static final int INDICATOR_DROP = 110;
    private static final int MARGIN = 40;
    private static final int TOP = 90;
    private static final int SKIP_BOW = 30;

    private record Node(String name, boolean latent, double x, double y, double w) {

        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + BOX_H / 2.0;
        }
    }

    private static List<String> indicatorsOf(String v, Map<String, List<String>> indicators, Set<String> structural) {
        return indicators.getOrDefault(v, List.of()).stream().filter(i -> !structural.contains(i)).toList();
    }

    private PathDiagram() {
    }

    public static String svg(SemResult result, String title) {
        List<ParameterEstimate> rows = result.parameters().stream().filter(p -> p.group() == 1).toList();
        Set<String> latent = new LinkedHashSet<>(result.latent());
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        Map<String, Set<String>> predictors = new LinkedHashMap<>();
        Set<String> structural = new LinkedHashSet<>();
        for (ParameterEstimate p : rows) {
            switch (p.op()) {
                case "=~" -> {
                    indicators.computeIfAbsent(p.lhs(), k -> new ArrayList<>()).add(p.rhs());
                    structural.add(p.lhs());
                }
                case "~" -> {
                    predictors.computeIfAbsent(p.lhs(), k -> new LinkedHashSet<>()).add(p.rhs());
                    structural.add(p.lhs());
                    structural.add(p.rhs());
                }
                default -> {
                }
            }
        }
        Set<String> indicatorNames = new LinkedHashSet<>();
        indicators.values().forEach(indicatorNames::addAll);
        structural.removeIf(v -> indicatorNames.contains(v) && !latent.contains(v) && !predictors.containsKey(v)
                && predictors.values().stream().noneMatch(s -> s.contains(v)));

        Map<String, Integer> depth = new HashMap<>();
        for (String v : structural) {
            depth(v, predictors, depth, new LinkedHashSet<>());
        }
        Map<Integer, List<String>> columns = new java.util.TreeMap<>();
        structural.forEach(v -> columns.computeIfAbsent(depth.get(v), k -> new ArrayList<>()).add(v));

        Map<String, Node> nodes = new LinkedHashMap<>();
        double x = MARGIN;
        double height = 0;
        for (var column : columns.entrySet()) {
            double columnWidth = BOX_W;
            for (String v : column.getValue()) {
                int n = indicatorsOf(v, indicators, structural).size();
                columnWidth = Math.max(columnWidth, n * (INDICATOR_W + GAP) - GAP);
            }
            double y = TOP;
            for (String v : column.getValue()) {
                nodes.put(v, new Node(v, latent.contains(v), x + (columnWidth - BOX_W) / 2, y, BOX_W));
                List<String> own = indicatorsOf(v, indicators, structural);
                if (!own.isEmpty()) {
                    double rowWidth = own.size() * (INDICATOR_W + GAP) - GAP;
                    double ix = x + (columnWidth - rowWidth) / 2;
                    for (String i : own) {
                        nodes.put(i, new Node(i, latent.contains(i), ix, y + INDICATOR_DROP, INDICATOR_W));
                        ix += INDICATOR_W + GAP;
                    }
                    y += INDICATOR_DROP;
                }
                y += ROW_HEIGHT;
            }
            height = Math.max(height, y);
            x += columnWidth + COLUMN_GAP;
        }
        double width = x - COLUMN_GAP + MARGIN;
        height += MARGIN + 50; // room for arcs below the indicators

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" "
                + "width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-labelledby=\"pd-title pd-desc\" class=\"ft-path-diagram\">",
                width, height, width, height));
        svg.append("<title id=\"pd-title\">").append(Xml.escape(title)).append("</title>");
        svg.append("<desc id=\"pd-desc\">").append(Xml.escape(describe(rows))).append("</desc>");
        svg.append("<defs><marker id=\"pd-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" "
                + "markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#0b0c0c\"/>"
                + "</marker></defs>");
        for (ParameterEstimate p : rows) {
            Node from;
            Node to;
            switch (p.op()) {
                case "=~" -> {
                    from = nodes.get(p.lhs());
                    to = nodes.get(p.rhs());
                }
                case "~" -> {
                    from = nodes.get(p.rhs());
                    to = nodes.get(p.lhs());
                }
                case "~~" -> {
                    if (p.lhs().equals(p.rhs())) {
                        continue;
                    }
                    from = nodes.get(p.lhs());
                    to = nodes.get(p.rhs());
                    if (from != null && to != null) {
                        covariance(svg, from, to, p.stdAll());
                    }
                    continue;
                }
                default -> {
                    continue;
                }
            }
            if (from != null && to != null) {
                arrow(svg, from, to, p.stdAll(), nodes.values());
            }
        }
        for (Node n : nodes.values()) {
            box(svg, n);
        }
        return svg.append("</svg>").toString();
    }

    private static int depth(String v, Map<String, Set<String>> predictors, Map<String, Integer> memo, Set<String> path) {
        Integer known = memo.get(v);
        if (known != null) {
            return known;
        }
        int d = 0;
        if (path.add(v)) {
            for (String p : predictors.getOrDefault(v, Set.of())) {
                d = Math.max(d, depth(p, predictors, memo, path) + 1);
            }
            path.remove(v);
        }
        memo.put(v, d);
        return d;
    }

    private static void box(StringBuilder svg, Node n) {
        double cx = n.cx();
        double cy = n.cy();
        if (n.latent()) {
            svg.append(String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" "
                    + "fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>", cx, cy, n.w() / 2.0, BOX_H / 1.6));
        } else {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.0f\" height=\"%d\" "
                    + "fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>", n.x(), n.y(), n.w(), BOX_H));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
                + "dominant-baseline=\"middle\" font-size=\"14\" fill=\"#0b0c0c\">%s</text>", cx, cy, Xml.escape(n.name())));
    }

    private static void arrow(StringBuilder svg, Node from, Node to, double std, Iterable<Node> all) {
        if (passesThroughAnother(from, to, all)) {
            skippingArrow(svg, from, to, std);
            return;
        }
        double[] a = edgePoint(from, to);
        double[] b = edgePoint(to, from);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#0b0c0c\" "
                + "stroke-width=\"1.5\" marker-end=\"url(#pd-arrow)\"/>", a[0], a[1], b[0], b[1]));
        label(svg, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 6, std);
    }

    private static boolean passesThroughAnother(Node from, Node to, Iterable<Node> all) {
        if (Math.abs(from.cy() - to.cy()) >= 1) {
            return false;
        }
        double lo = Math.min(from.cx(), to.cx());
        double hi = Math.max(from.cx(), to.cx());
        for (Node n : all) {
            if (n != from && n != to && Math.abs(n.cy() - from.cy()) < BOX_H && n.cx() > lo && n.cx() < hi) {
                return true;
            }
        }
        return false;
    }

    /** A path that skips a column bows over the variables between, instead of running through them. */
    private static void skippingArrow(StringBuilder svg, Node from, Node to, double std) {
        double ax = from.cx();
        double bx = to.cx();
        double top = from.y();
        double cy = top - 2 * SKIP_BOW;
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"#0b0c0c\" "
                + "stroke-width=\"1.5\" marker-end=\"url(#pd-arrow)\"/>", ax, top, (ax + bx) / 2, cy, bx, top));
        label(svg, (ax + bx) / 2, top - SKIP_BOW - 4, std);
    }

    private static void covariance(StringBuilder svg, Node from, Node to, double std) {
        // Arcs bow away from the diagram: below a row of indicators, above everything else.
        boolean below = from.y() > TOP && Math.abs(from.y() - to.y()) < 1;
        double[] a = {from.cx(), below ? from.y() + BOX_H : from.y()};
        double[] b = {to.cx(), below ? to.y() + BOX_H : to.y()};
        double bow = 25 + Math.abs(b[0] - a[0]) * 0.15;
        double mx = (a[0] + b[0]) / 2;
        double my = below ? Math.max(a[1], b[1]) + bow : Math.min(a[1], b[1]) - bow;
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" fill=\"none\" stroke=\"#505a5f\" "
                + "stroke-width=\"1.2\" stroke-dasharray=\"5,4\" marker-start=\"url(#pd-arrow)\" "
                + "marker-end=\"url(#pd-arrow)\"/>", a[0], a[1], mx, my, b[0], b[1]));
        label(svg, (a[0] + 2 * mx + b[0]) / 4, (a[1] + 2 * my + b[1]) / 4, std);
    }

    private static void label(StringBuilder svg, double x, double y, double value) {
        if (Double.isNaN(value)) {
            return;
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" "
                + "fill=\"#0b0c0c\" stroke=\"#ffffff\" stroke-width=\"4\" paint-order=\"stroke\" "
                + "class=\"ft-path-diagram__estimate\">%.2f</text>", x, y, value));
    }

    /** Where the straight line between two boxes' centres leaves the first box. */
    private static double[] edgePoint(Node from, Node to) {
        double cx = from.cx();
        double cy = from.cy();
        double dx = to.cx() - cx;
        double dy = to.cy() - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (from.w() / 2.0) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (BOX_H / 2.0) / Math.abs(dy);
        double s = Math.min(sx, sy);
        return new double[] {cx + dx * s, cy + dy * s};
    }

    private static String describe(List<ParameterEstimate> rows) {
        StringBuilder d = new StringBuilder("Standardised estimates: ");
        for (ParameterEstimate p : rows) {
            if ((p.op().equals("~") || p.op().equals("=~")) && !Double.isNaN(p.stdAll())) {
                String verb = p.op().equals("~") ? " on " : " measured by ";
                d.append(p.lhs()).append(verb).append(p.rhs())
                        .append(String.format(Locale.ROOT, " %.2f; ", p.stdAll()));
            }
        }
        return d.toString().trim();
    }

}
