package org.familyties.stats.sem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Plain-text summary laid out like lavaan's {@code summary(fit, fit.measures = TRUE, standardized = TRUE)}. */
public final class SemReport {

    private SemReport() {
    }

    public static String text(SemResult r) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append(r.converged() ? String.format(Locale.ROOT, "Model ended normally after %d iterations%n%n", r.iterations())
                : String.format(Locale.ROOT, "Model did NOT converge after %d iterations%n%n", r.iterations()));
        line(sb, "Estimator", "ML");
        line(sb, "Optimization method", "BFGS");
        line(sb, "Number of model parameters", fmtInt(r.fit().get("npar")));
        sb.append('\n');
        int groups = r.groupLabels().size();
        int used = r.nObserved().stream().mapToInt(Integer::intValue).sum();
        int total = r.nTotalRows().stream().mapToInt(Integer::intValue).sum();
        if (groups > 1) {
            line(sb, "Number of observations per group:", "Used", "Total");
            for (int g = 0; g < groups; g++) {
                line(sb, "  " + r.groupLabels().get(g), String.valueOf(r.nObserved().get(g)), String.valueOf(r.nTotalRows().get(g)));
            }
        } else if (used != total) {
            line(sb, "", "Used", "Total");
            line(sb, "Number of observations", String.valueOf(used), String.valueOf(total));
        } else {
            line(sb, "Number of observations", String.valueOf(used));
        }
        if (r.options().missing() == MissingData.FIML) {
            line(sb, "Number of missing patterns", String.valueOf(r.patterns().size()));
        }
        sb.append('\n');
        section(sb, "Model Test User Model:");
        line(sb, "Test statistic", f3(r.fit().get("chisq")));
        line(sb, "Degrees of freedom", fmtInt(r.fit().get("df")));
        line(sb, "P-value (Chi-square)", f3(r.fit().get("pvalue")));
        sb.append('\n');
        section(sb, "Model Test Baseline Model:");
        line(sb, "Test statistic", f3(r.fit().get("baseline.chisq")));
        line(sb, "Degrees of freedom", fmtInt(r.fit().get("baseline.df")));
        line(sb, "P-value", f3(r.fit().get("baseline.pvalue")));
        sb.append('\n');
        section(sb, "User Model versus Baseline Model:");
        line(sb, "Comparative Fit Index (CFI)", f3(r.fit().get("cfi")));
        line(sb, "Tucker-Lewis Index (TLI)", f3(r.fit().get("tli")));
        sb.append('\n');
        section(sb, "Loglikelihood and Information Criteria:");
        line(sb, "Loglikelihood user model (H0)", f3(r.fit().get("logl")));
        line(sb, "Loglikelihood unrestricted model (H1)", f3(r.fit().get("unrestricted.logl")));
        sb.append('\n');
        line(sb, "Akaike (AIC)", f3(r.fit().get("aic")));
        line(sb, "Bayesian (BIC)", f3(r.fit().get("bic")));
        line(sb, "Sample-size adjusted Bayesian (SABIC)", f3(r.fit().get("bic2")));
        sb.append('\n');
        section(sb, "Root Mean Square Error of Approximation:");
        line(sb, "RMSEA", f3(r.fit().get("rmsea")));
        line(sb, "90 Percent confidence interval - lower", f3(r.fit().get("rmsea.ci.lower")));
        line(sb, "90 Percent confidence interval - upper", f3(r.fit().get("rmsea.ci.upper")));
        line(sb, "P-value H_0: RMSEA <= 0.050", f3(r.fit().get("rmsea.pvalue")));
        sb.append('\n');
        section(sb, "Standardized Root Mean Square Residual:");
        line(sb, "SRMR", f3(r.fit().get("srmr")));
        sb.append('\n');
        section(sb, "Parameter Estimates:");
        if (r.bootstrapDraws() > 0) {
            line(sb, "Standard errors", "Bootstrap");
            line(sb, "Number of requested bootstrap draws", String.valueOf(r.options().bootstrap()));
            line(sb, "Number of successful bootstrap draws", String.valueOf(r.bootstrapDraws()));
        } else {
            line(sb, "Standard errors", "Standard");
            line(sb, "Information", r.options().observedInformation() ? "Observed" : "Expected");
        }
        sb.append('\n');
        Set<String> endogenous = endogenous(r);
        for (int g = 1; g <= groups; g++) {
            if (groups > 1) {
                sb.append('\n').append(String.format(Locale.ROOT, "Group %d [%s]:%n%n", g, r.groupLabels().get(g - 1)));
            }
            block(sb, r, g, "Latent Variables:", "=~", endogenous);
            block(sb, r, g, "Regressions:", "~", endogenous);
            block(sb, r, g, "Covariances:", "cov", endogenous);
            block(sb, r, g, "Intercepts:", "~1", endogenous);
            block(sb, r, g, "Variances:", "var", endogenous);
            final int group = g;
            List<RSquare> r2 = r.rSquare().stream().filter(x -> x.group() == group).toList();
            if (!r2.isEmpty()) {
                sb.append("R-Square:\n").append(String.format(Locale.ROOT, "%-20s %9s%n", "", "Estimate"));
                r2.forEach(x -> sb.append(String.format(Locale.ROOT, "%-20s %9s%n", "    " + x.variable(), f3(x.value()))));
                sb.append('\n');
            }
        }
        block(sb, r, 0, "Defined Parameters:", ":=", endogenous);
        if (!r.warnings().isEmpty()) {
            sb.append("Warnings:\n");
            for (String w : r.warnings()) {
                sb.append("  ").append(w).append('\n');
            }
        }
        return sb.toString();
    }

    private static Set<String> endogenous(SemResult r) {
        Set<String> out = new LinkedHashSet<>();
        for (ParameterEstimate p : r.parameters()) {
            if (p.op().equals("=~")) {
                out.add(p.rhs());
            } else if (p.op().equals("~")) {
                out.add(p.lhs());
            }
        }
        return out;
    }

    private static void block(StringBuilder sb, SemResult r, int group, String title, String kind, Set<String> endogenous) {
        List<ParameterEstimate> rows = new ArrayList<>();
        for (ParameterEstimate p : r.parameters()) {
            if (p.group() != group) {
                continue;
            }
            boolean match = switch (kind) {
                case "cov" -> p.op().equals("~~") && !p.lhs().equals(p.rhs());
                case "var" -> p.op().equals("~~") && p.lhs().equals(p.rhs());
                default -> p.op().equals(kind);
            };
            if (match) {
                rows.add(p);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        sb.append(title).append('\n');
        sb.append(String.format(Locale.ROOT, "%-20s %9s %8s %8s %8s %8s %8s%n", "", "Estimate", "Std.Err", "z-value", "P(>|z|)", "Std.lv", "Std.all"));
        String header = null;
        for (ParameterEstimate p : rows) {
            String name;
            if (kind.equals("=~") || kind.equals("~") || kind.equals("cov")) {
                String h = (kind.equals("cov") && endogenous.contains(p.lhs()) ? "." : "") + p.lhs() + " " + p.op();
                if (!h.equals(header)) {
                    sb.append("  ").append(h).append('\n');
                    header = h;
                }
                name = "    " + (kind.equals("cov") && endogenous.contains(p.rhs()) ? "." : "") + p.rhs();
            } else if (kind.equals(":=")) {
                name = "    " + p.lhs();
            } else {
                name = "   " + (endogenous.contains(p.lhs()) ? "." : " ") + p.lhs();
            }
            if (!p.label().isEmpty() && !kind.equals(":=")) {
                name = String.format(Locale.ROOT, "%-12s(%s)", name, p.label());
            }
            boolean free = p.free() || p.op().equals(":=");
            sb.append(String.format(Locale.ROOT, "%-20s %9s %8s %8s %8s %8s %8s%n", name, f3(p.est()),
                    free ? f3(p.se()) : "", free ? f3(p.z()) : "", free ? f3(p.pvalue()) : "", f3(p.stdLv()), f3(p.stdAll())));
        }
        sb.append('\n');
    }

    private static void section(StringBuilder sb, String title) {
        sb.append(title).append("\n\n");
    }

    private static void line(StringBuilder sb, String label, String... values) {
        StringBuilder v = new StringBuilder();
        for (String s : values) {
            v.append(String.format(Locale.ROOT, "%12s", s));
        }
        sb.append(String.format(Locale.ROOT, "  %-42s%s%n", label, v));
    }

    static String f3(double v) {
        return Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String fmtInt(double v) {
        return Double.isNaN(v) ? "NA" : String.valueOf((long) v);
    }
}
