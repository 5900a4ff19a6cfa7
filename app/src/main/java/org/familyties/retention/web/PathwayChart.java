package org.familyties.retention.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;

import org.familyties.retention.AttemptOutcome;
import org.familyties.retention.Pathway;
import org.familyties.shared.Xml;

/**
 * One participant's retention pathway as an accessible SVG: wave windows with their outcome, places over time
 * (area level) and contact attempts marked by shape and colour, each with a text label or title.
 */
final class PathwayChart {

    private static final int WIDTH = 960;
    private static final int LEFT = 150;
    private static final int RIGHT = 20;
    private static final int ROW = 46;
    private static final int TOP = 30;

    private PathwayChart() {
    }

    static String svg(Pathway p, Function<String, String> text) {
        long span = Math.max(1, ChronoUnit.DAYS.between(p.from(), p.to()));
        Function<LocalDate, Double> x = d -> LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(p.from(), d) / span;
        int height = TOP + 3 * ROW + 60;
        String id = "pathway-" + p.pseudonym();
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"ft-pathway\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
                .append(id).append("-desc\">");
        s.append("<title id=\"").append(id).append("-title\">")
                .append(Xml.escape(String.format(text.apply("retention.pathway.chart.title"), p.pseudonym(), p.roleName())))
                .append("</title>");
        s.append("<desc id=\"").append(id).append("-desc\">").append(Xml.escape(describe(p, text))).append("</desc>");
        int wavesY = TOP;
        int placesY = TOP + ROW;
        int attemptsY = TOP + 2 * ROW;
        label(s, wavesY, text.apply("retention.pathway.row.waves"));
        label(s, placesY, text.apply("retention.pathway.row.places"));
        label(s, attemptsY, text.apply("retention.pathway.row.attempts"));
        for (Pathway.WaveStep w : p.waves()) {
            if (w.opens() == null) {
                continue;
            }
            double x1 = x.apply(w.opens());
            double x2 = Math.max(x1 + 2, x.apply(w.closes()));
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"24\" class=\"ft-outcome-%s\" "
                    + "fill=\"%s\" stroke=\"#0b0c0c\"%s/>", x1, wavesY, x2 - x1, w.outcome().name().toLowerCase(Locale.ROOT),
                    outcomeFill(w.outcome().name()), w.outcome().name().equals("PENDING") ? " stroke-dasharray=\"4 3\"" : ""));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#0b0c0c\">%s</text>",
                    x1 + 2, wavesY + 37, Xml.escape(w.waveName() + ": " + text.apply("retention.waveOutcome." + w.outcome().name()))));
        }
        int i = 0;
        for (Pathway.PlaceSpan place : p.places()) {
            double x1 = x.apply(place.from());
            double x2 = Math.max(x1 + 2, x.apply(place.to() == null ? p.to() : place.to()));
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"24\" fill=\"%s\" "
                    + "stroke=\"#ffffff\"><title>%s</title></rect>", x1, placesY, x2 - x1, placeFill(place.kind().name()),
                    Xml.escape(text.apply("retention.placeKind." + place.kind().name()) + ", " + place.area() + ", " + place.from()
                            + " – " + (place.to() == null ? "" : place.to()))));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#0b0c0c\">%s</text>",
                    x1 + 2, placesY + (i++ % 2 == 0 ? 37 : 46), Xml.escape(place.area())));
        }
        for (Pathway.AttemptMark a : p.attempts()) {
            mark(s, x.apply(a.on()), attemptsY + 12, a.outcome(), Xml.escape(a.on() + ": "
                    + text.apply("retention.outcome." + a.outcome().name()) + " (" + text.apply("retention.channelKind."
                    + a.channel().name()) + ", " + a.waveName() + ")"));
        }
        double today = x.apply(p.today());
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#0b0c0c\" "
                + "stroke-width=\"2\"/>", today, today, TOP - 10, attemptsY + 30));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                today, TOP - 14, Xml.escape(text.apply("retention.pathway.today"))));
        int axisY = attemptsY + 40;
        s.append(String.format("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#505a5f\"/>", LEFT, WIDTH - RIGHT,
                axisY, axisY));
        for (int year = p.from().getYear() + 1; year <= p.to().getYear(); year++) {
            double tick = x.apply(LocalDate.of(year, 1, 1));
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#505a5f\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>", tick, tick, axisY,
                    axisY + 5, tick, axisY + 17, year));
        }
        s.append("</svg>");
        return s.toString();
    }

    /** The legend of attempt marks, as its own small SVG. */
    static String legend(Function<String, String> text) {
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 960 30\" "
                + "aria-labelledby=\"pathway-legend-title\"><title id=\"pathway-legend-title\">"
                + Xml.escape(text.apply("retention.pathway.legend")) + "</title>");
        AttemptOutcome[] examples = {AttemptOutcome.INTERVIEW_DONE, AttemptOutcome.SPOKE_APPOINTMENT_MADE,
            AttemptOutcome.MOVED_NEW_DETAILS, AttemptOutcome.REFUSED_THIS_WAVE, AttemptOutcome.NO_ANSWER};
        String[] keys = {"interview", "spoke", "located", "refused", "failed"};
        for (int i = 0; i < examples.length; i++) {
            double cx = 10 + i * 190;
            mark(s, cx, 15, examples[i], null);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"19\" font-size=\"12\">%s</text>", cx + 12,
                    Xml.escape(text.apply("retention.pathway.mark." + keys[i]))));
        }
        return s.append("</svg>").toString();
    }

    private static void mark(StringBuilder s, double cx, int cy, AttemptOutcome outcome, String title) {
        String t = title == null ? "" : "<title>" + title + "</title>";
        if (outcome == AttemptOutcome.INTERVIEW_DONE) {
            s.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%d %.1f,%d %.1f,%d %.1f,%d\" fill=\"#00703c\" "
                    + "stroke=\"#0b0c0c\">%s</polygon>", cx, cy - 8, cx + 8, cy, cx, cy + 8, cx - 8, cy, t));
        } else if (outcome.refusal()) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"12\" height=\"12\" fill=\"#d4351c\" "
                    + "stroke=\"#0b0c0c\">%s</rect>", cx - 6, cy - 6, t));
        } else if (outcome.result() == AttemptOutcome.Result.SPOKE) {
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"#1d70b8\" stroke=\"#0b0c0c\">"
                    + "%s</circle>", cx, cy, t));
        } else if (outcome.result() == AttemptOutcome.Result.LOCATED) {
            s.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%d %.1f,%d %.1f,%d\" fill=\"#4c2c92\" "
                    + "stroke=\"#0b0c0c\">%s</polygon>", cx, cy - 7, cx + 7, cy + 6, cx - 7, cy + 6, t));
        } else {
            s.append(String.format(Locale.ROOT, "<path d=\"M%.1f %dL%.1f %dM%.1f %dL%.1f %d\" stroke=\"#505a5f\" "
                    + "stroke-width=\"3\">%s</path>", cx - 5, cy - 5, cx + 5, cy + 5, cx - 5, cy + 5, cx + 5, cy - 5, t));
        }
    }

    private static void label(StringBuilder s, int y, String label) {
        s.append(String.format("<text x=\"4\" y=\"%d\" font-size=\"12\" font-weight=\"bold\">%s</text>", y + 16, Xml.escape(label)));
    }

    private static String describe(Pathway p, Function<String, String> text) {
        StringBuilder d = new StringBuilder();
        p.waves().forEach(w -> d.append(w.waveName()).append(": ")
                .append(text.apply("retention.waveOutcome." + w.outcome().name())).append(". "));
        d.append(String.format(text.apply("retention.pathway.chart.desc"), p.places().size(), p.attempts().size()));
        return d.toString();
    }

    private static String outcomeFill(String outcome) {
        return switch (outcome) {
            case "COMPLETED" -> "#cce2d8";
            case "PARTIAL" -> "#e5f0d5";
            case "REFUSED", "WITHDRAWN" -> "#f4cdc6";
            case "UNTRACEABLE", "NOT_INTERVIEWED" -> "#fff7bf";
            case "DECEASED", "INELIGIBLE" -> "#dee0e2";
            default -> "#ffffff";
        };
    }

    private static String placeFill(String kind) {
        return switch (kind) {
            case "HOME" -> "#bbd4ea";
            case "PRISON" -> "#d2c8e4";
            case "APPROVED_PREMISES", "HOSTEL" -> "#fcd6c3";
            case "HOSPITAL" -> "#f6d7d2";
            default -> "#e8e9ea";
        };
    }

}
