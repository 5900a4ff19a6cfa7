package org.familyties.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.familyties.shared.Xml;

/**
 * Draws a family network as an accessible SVG: the person in prison in the centre, everyone else on a
 * circle around them, a labelled line per relationship. The title and description say in words what the
 * picture shows, so screen-reader users and printouts lose nothing.
 */
public final class NetworkDiagram {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 520;
    private static final int RADIUS = 190;

    /** A person drawn in the diagram: their name and a second line (e.g. "Child, 7"). */
    public record Node(long personId, String name, String detail) {
    }

    private NetworkDiagram() {
    }

    public static String render(long centreId, List<Node> nodes, List<RelationshipView> relationships,
                                Function<RelationshipKind, String> kindLabel, String title, String description) {
        Map<Long, double[]> at = positions(centreId, nodes);
        Map<Long, Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.personId(), n));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ft-network\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-labelledby=\"network-title network-desc\">");
        svg.append("<title id=\"network-title\">").append(Xml.escape(title)).append("</title>");
        StringBuilder desc = new StringBuilder(description);
        for (RelationshipView r : relationships) {
            if (byId.containsKey(r.fromPersonId()) && byId.containsKey(r.toPersonId())) {
                desc.append(' ').append(byId.get(r.fromPersonId()).name()).append(": ")
                        .append(kindLabel.apply(r.kind())).append(' ').append(byId.get(r.toPersonId()).name())
                        .append(r.endedOn() != null ? " (ended " + r.endedOn() + ")" : "").append('.');
            }
        }
        svg.append("<desc id=\"network-desc\">").append(Xml.escape(desc.toString())).append("</desc>");
        for (RelationshipView r : relationships) {
            double[] a = at.get(r.fromPersonId());
            double[] b = at.get(r.toPersonId());
            if (a == null || b == null) {
                continue;
            }
            svg.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#505a5f\" stroke-width=\"2\"%s/>",
                    a[0], a[1], b[0], b[1], r.endedOn() != null ? " stroke-dasharray=\"6 4\"" : ""));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>",
                    (a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 4, Xml.escape(kindLabel.apply(r.kind()))));
        }
        for (Node n : nodes) {
            double[] p = at.get(n.personId());
            boolean centre = n.personId() == centreId;
            svg.append(String.format(java.util.Locale.ROOT,
                    "<g class=\"ft-network__person\"><rect x=\"%.1f\" y=\"%.1f\" width=\"150\" height=\"44\" rx=\"6\" "
                            + "fill=\"%s\" stroke=\"#0b0c0c\"/>", p[0] - 75, p[1] - 22, centre ? "#d2e2f1" : "#ffffff"));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" "
                            + "fill=\"#0b0c0c\">%s</text>", p[0], p[1] - 3, Xml.escape(n.name())));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">%s</text></g>",
                    p[0], p[1] + 14, Xml.escape(n.detail())));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static Map<Long, double[]> positions(long centreId, List<Node> nodes) {
        Map<Long, double[]> at = new LinkedHashMap<>();
        List<Node> others = new ArrayList<>();
        for (Node n : nodes) {
            if (n.personId() == centreId) {
                at.put(n.personId(), new double[] {WIDTH / 2.0, HEIGHT / 2.0});
            } else {
                others.add(n);
            }
        }
        for (int i = 0; i < others.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / others.size();
            at.put(others.get(i).personId(), new double[] {WIDTH / 2.0 + RADIUS * 1.35 * Math.cos(angle),
                HEIGHT / 2.0 + RADIUS * Math.sin(angle)});
        }
        return at;
    }

}
