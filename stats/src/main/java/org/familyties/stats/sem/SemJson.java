package org.familyties.stats.sem;

import java.util.Locale;
import java.util.Map;

/**
 * {@code {"fit": {...}, "parameters": [...], "warnings": [...], "nobs": [...], "patterns": [...], "r2": [...], "converged": true}}
 * with lavaan's names; NaN becomes null. {@code nobs} are the cases used per group, {@code patterns} the
 * missingness patterns of those cases (one complete pattern per group without FIML).
 */
public final class SemJson {

    private SemJson() {
    }

    public static String write(SemResult r) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("{\"fit\":{");
        boolean first = true;
        for (Map.Entry<String, Double> e : r.fit().asMap().entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, e.getKey());
            sb.append(':');
            number(sb, e.getValue());
        }
        sb.append("},\"parameters\":[");
        for (int i = 0; i < r.parameters().size(); i++) {
            ParameterEstimate p = r.parameters().get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"lhs\":");
            string(sb, p.lhs());
            sb.append(",\"op\":");
            string(sb, p.op());
            sb.append(",\"rhs\":");
            string(sb, p.rhs());
            sb.append(",\"group\":").append(p.group());
            sb.append(",\"label\":");
            string(sb, p.label());
            field(sb, "est", p.est());
            field(sb, "se", p.se());
            field(sb, "z", p.z());
            field(sb, "pvalue", p.pvalue());
            field(sb, "ci.lower", p.ciLower());
            field(sb, "ci.upper", p.ciUpper());
            field(sb, "std.lv", p.stdLv());
            field(sb, "std.all", p.stdAll());
            sb.append('}');
        }
        sb.append("],\"warnings\":[");
        for (int i = 0; i < r.warnings().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            string(sb, r.warnings().get(i));
        }
        sb.append("],\"nobs\":[");
        for (int i = 0; i < r.nObserved().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(r.nObserved().get(i));
        }
        sb.append("],\"patterns\":[");
        for (int i = 0; i < r.patterns().size(); i++) {
            MissingPattern mp = r.patterns().get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"group\":").append(mp.group()).append(",\"cases\":").append(mp.cases()).append(",\"observed\":[");
            for (int j = 0; j < mp.observed().size(); j++) {
                if (j > 0) {
                    sb.append(',');
                }
                string(sb, mp.observed().get(j));
            }
            sb.append("]}");
        }
        sb.append("],\"r2\":[");
        for (int i = 0; i < r.rSquare().size(); i++) {
            RSquare x = r.rSquare().get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"group\":").append(x.group()).append(",\"variable\":");
            string(sb, x.variable());
            sb.append(",\"r2\":");
            number(sb, x.value());
            sb.append('}');
        }
        sb.append("],\"converged\":").append(r.converged()).append('}');
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, double v) {
        sb.append(",\"").append(name).append("\":");
        number(sb, v);
    }

    private static void number(StringBuilder sb, Double v) {
        if (v == null || !Double.isFinite(v)) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v.doubleValue());
        } else {
            sb.append(Double.toString(v));
        }
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
