package org.familyties.stats.sem.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.familyties.stats.data.DataException;
import org.familyties.stats.sem.ModelFunction;
import org.familyties.stats.sem.SemOptions;
import org.familyties.stats.sem.syntax.Expr;
import org.familyties.stats.sem.syntax.ModelSyntaxException;
import org.familyties.stats.sem.syntax.Statement;
import org.familyties.stats.sem.syntax.Term;

/** Turns parsed formulas into a full {@link ParameterTable}, adding the parameters lavaan adds by default. */
public final class ModelBuilder {

    private final List<Statement> statements;
    private final List<String> columns;
    private final int groups;
    private final SemOptions options;
    private final boolean meanStructure;

    private final List<String> latent = new ArrayList<>();
    private final List<String> observed = new ArrayList<>();
    private final List<Parameter> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private ModelBuilder(List<Statement> statements, List<String> columns, int groups, SemOptions options, boolean meanStructure) {
        this.statements = statements;
        this.columns = columns;
        this.groups = groups;
        this.options = options;
        this.meanStructure = meanStructure;
    }

    /**
     * @param meanStructure whether means are modelled (missing = "ml", several groups, growth, or intercepts in the syntax)
     */
    public static ParameterTable build(List<Statement> statements, List<String> columns, int groups, SemOptions options,
                                       boolean meanStructure) {
        return new ModelBuilder(statements, columns, groups, options, meanStructure).build();
    }

    /** True when the syntax itself mentions intercepts ({@code ~ 1}). */
    public static boolean mentionsIntercepts(List<Statement> statements) {
        for (Statement s : statements) {
            if (s instanceof Statement.Formula f && f.rhs().stream().anyMatch(Term::isIntercept)) {
                return true;
            }
        }
        return false;
    }

    private ParameterTable build() {
        collectVariables();
        Set<String> indicators = new LinkedHashSet<>();
        Set<String> regLhs = new LinkedHashSet<>();
        Set<String> regRhs = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (s instanceof Statement.Formula f) {
                for (Term t : f.rhs()) {
                    if (f.op().equals("=~")) {
                        indicators.add(t.name());
                    } else if (f.op().equals("~") && !t.isIntercept()) {
                        regRhs.add(t.name());
                        regLhs.addAll(f.lhs());
                    }
                }
            }
        }
        Set<String> inUserCovariances = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (s instanceof Statement.Formula f && (f.op().equals("~~") || f.rhs().stream().anyMatch(Term::isIntercept))) {
                inUserCovariances.addAll(f.lhs());
                if (f.op().equals("~~")) {
                    f.rhs().forEach(t -> inUserCovariances.add(t.name()));
                }
            }
        }
        List<String> ovX = new ArrayList<>();
        List<String> madeRandom = new ArrayList<>();
        for (String v : observed) {
            if (regRhs.contains(v) && !regLhs.contains(v) && !indicators.contains(v)) {
                // as lavaan: covariates named in ~~ or ~1 formulas become random variables
                if (options.fixedX() && inUserCovariances.contains(v)) {
                    madeRandom.add(v);
                } else if (!inUserCovariances.contains(v)) {
                    ovX.add(v);
                }
            }
        }
        boolean fixedX = options.fixedX();
        if (!madeRandom.isEmpty()) {
            notes.add("The model syntax has variance, covariance or intercept formulas for the covariate(s) "
                    + String.join(", ", madeRandom) + "; they are treated as random variables with free (co)variances "
                    + "instead of fixed at their sample values");
        }
        List<String> lvX = new ArrayList<>();
        List<String> lvY = new ArrayList<>();
        for (String v : latent) {
            if (!regLhs.contains(v) && !indicators.contains(v)) {
                lvX.add(v);
            } else if (regLhs.contains(v) && !regRhs.contains(v)) {
                lvY.add(v);
            }
        }
        List<String> ovY = new ArrayList<>();
        for (String v : observed) {
            if (regLhs.contains(v) && !regRhs.contains(v) && !indicators.contains(v)) {
                ovY.add(v);
            }
        }

        for (int g = 1; g <= groups; g++) {
            addUserRows(g);
            Set<String> single = singleIndicators();
            for (String v : observed) {
                if (!ovX.contains(v)) {
                    // lavaan's auto.fix.single: a factor's only indicator has no residual variance
                    boolean fixZero = single.contains(v);
                    addAuto(v, Parameter.COVARIANCE, v, g, !fixZero, fixZero ? 0.0 : Double.NaN);
                }
            }
            for (String v : latent) {
                addAuto(v, Parameter.COVARIANCE, v, g, !options.stdLv(), options.stdLv() ? 1.0 : Double.NaN);
            }
            for (int i = 0; i < lvX.size(); i++) {
                for (int j = i + 1; j < lvX.size(); j++) {
                    addAuto(lvX.get(i), Parameter.COVARIANCE, lvX.get(j), g, true, Double.NaN);
                }
            }
            List<String> finals = new ArrayList<>(lvY);
            finals.addAll(ovY);
            for (int i = 0; i < finals.size(); i++) {
                for (int j = i + 1; j < finals.size(); j++) {
                    addAuto(finals.get(i), Parameter.COVARIANCE, finals.get(j), g, true, Double.NaN);
                }
            }
            for (int i = 0; i < ovX.size(); i++) {
                for (int j = i; j < ovX.size(); j++) {
                    // fixed.x: (co)variances fixed at their sample values; otherwise free
                    Parameter p = addAuto(ovX.get(i), Parameter.COVARIANCE, ovX.get(j), g, !fixedX, Double.NaN);
                    if (p != null) {
                        p.exo = fixedX;
                    }
                }
            }
            if (meanStructure) {
                boolean growth = options.function() == ModelFunction.GROWTH;
                for (String v : observed) {
                    Parameter p;
                    if (ovX.contains(v)) {
                        p = addAuto(v, Parameter.INTERCEPT, "", g, !fixedX, Double.NaN);
                        if (p != null) {
                            p.exo = fixedX;
                        }
                    } else {
                        addAuto(v, Parameter.INTERCEPT, "", g, !growth, growth ? 0.0 : Double.NaN);
                    }
                }
                boolean lvMeansFree = growth || (g > 1 && options.groupEqual().contains("intercepts")
                        && !options.groupEqual().contains("means"));
                for (String v : latent) {
                    addAuto(v, Parameter.INTERCEPT, "", g, lvMeansFree, lvMeansFree ? Double.NaN : 0.0);
                }
            }
        }
        List<String> constraintTexts = new ArrayList<>();
        Map<String, String> aliases = equalityAliases(constraintTexts);
        int freeCount = assignFreeIndices(aliases);
        addDefinitions();
        return new ParameterTable(rows, observed, latent, fixedX ? ovX : List.of(), ovX, groups, freeCount, meanStructure,
                constraintTexts, notes);
    }

    /** Observed variables that are the only indicator of some latent variable. */
    private Set<String> singleIndicators() {
        Map<String, List<String>> byLatent = new LinkedHashMap<>();
        for (Statement s : statements) {
            if (s instanceof Statement.Formula f && f.op().equals("=~")) {
                for (String l : f.lhs()) {
                    for (Term t : f.rhs()) {
                        List<String> list = byLatent.computeIfAbsent(l, k -> new ArrayList<>());
                        if (!list.contains(t.name())) {
                            list.add(t.name());
                        }
                    }
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        byLatent.values().forEach(list -> {
            if (list.size() == 1 && observed.contains(list.get(0))) {
                out.add(list.get(0));
            }
        });
        return out;
    }

    private void collectVariables() {
        Set<String> lv = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (s instanceof Statement.Formula f && f.op().equals("=~")) {
                lv.addAll(f.lhs());
            }
        }
        latent.addAll(lv);
        Set<String> ov = new LinkedHashSet<>();
        for (Statement s : statements) {
            if (s instanceof Statement.Formula f) {
                for (String l : f.lhs()) {
                    if (!lv.contains(l)) {
                        ov.add(l);
                    }
                }
                for (Term t : f.rhs()) {
                    if (!t.isIntercept() && !lv.contains(t.name())) {
                        ov.add(t.name());
                    }
                }
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String v : ov) {
            if (!columns.contains(v)) {
                unknown.add(v);
            }
        }
        if (!unknown.isEmpty()) {
            throw new DataException((unknown.size() == 1 ? "Unknown observed variable '" + unknown.get(0) + "'"
                    : "Unknown observed variables '" + String.join("', '", unknown) + "'")
                    + " in the model; the data's columns are: " + String.join(", ", columns));
        }
        observed.addAll(ov);
    }

    private void addUserRows(int g) {
        Map<String, Boolean> firstIndicatorSeen = new HashMap<>();
        for (Statement s : statements) {
            if (!(s instanceof Statement.Formula f)) {
                continue;
            }
            for (String lhs : f.lhs()) {
                for (Term t : f.rhs()) {
                    if (t.groupEntries() > 1 && t.groupEntries() != groups) {
                        throw new ModelSyntaxException(f.line(), f.column(), "a modifier of '" + t.name() + "' lists "
                                + t.groupEntries() + " values but the data have " + groups + " group(s)");
                    }
                    String op = t.isIntercept() ? Parameter.INTERCEPT : f.op();
                    String rhs = t.isIntercept() ? "" : t.name();
                    Parameter p = find(lhs, op, rhs, g);
                    if (p == null) {
                        p = new Parameter(lhs, op, rhs, g, true);
                        p.estimated = true;
                        rows.add(p);
                    }
                    Double fixed = t.fixedValue(g - 1);
                    if (op.equals(Parameter.LOADING) && !firstIndicatorSeen.containsKey(lhs)) {
                        firstIndicatorSeen.put(lhs, true);
                        if (!options.stdLv() && fixed == null) {
                            fixed = 1.0;
                        }
                    }
                    if (op.equals(Parameter.INTERCEPT) && options.function() == ModelFunction.GROWTH
                            && observed.contains(lhs) && fixed == null) {
                        fixed = 0.0;
                    }
                    if (fixed != null) {
                        p.estimated = Double.isNaN(fixed);
                        p.value = Double.isNaN(fixed) ? Double.NaN : fixed;
                    }
                    String label = t.label(g - 1);
                    if (label != null) {
                        p.label = label;
                    }
                    Double start = t.start(g - 1);
                    if (start != null) {
                        p.start = start;
                    }
                }
            }
        }
    }

    private Parameter find(String lhs, String op, String rhs, int g) {
        for (Parameter p : rows) {
            if (p.same(lhs, op, rhs, g)) {
                return p;
            }
        }
        return null;
    }

    private Parameter addAuto(String lhs, String op, String rhs, int g, boolean free, double value) {
        if (find(lhs, op, rhs, g) != null) {
            return null;
        }
        Parameter p = new Parameter(lhs, op, rhs, g, false);
        p.estimated = free;
        p.value = free ? Double.NaN : value;
        rows.add(p);
        return p;
    }

    /** Simple equality constraints {@code a == b} between two labels become one parameter. */
    private Map<String, String> equalityAliases(List<String> constraintTexts) {
        Map<String, String> alias = new HashMap<>();
        for (Statement s : statements) {
            if (s instanceof Statement.Constraint c) {
                if (!c.op().equals("==") || !(c.left() instanceof Expr.Ref l) || !(c.right() instanceof Expr.Ref r)) {
                    throw new ModelSyntaxException(c.line(), c.column(),
                            "only equality constraints between two labels (a == b) are supported, not '" + c.text() + "'");
                }
                for (String lab : List.of(l.label(), r.label())) {
                    if (rows.stream().noneMatch(p -> p.label.equals(lab))) {
                        throw new ModelSyntaxException(c.line(), c.column(), "the constraint '" + c.text()
                                + "' uses the label '" + lab + "' that no parameter has");
                    }
                }
                String a = root(alias, l.label());
                String b = root(alias, r.label());
                if (!a.equals(b)) {
                    alias.put(b, a);
                }
                constraintTexts.add(c.text());
            }
        }
        return alias;
    }

    private static String root(Map<String, String> alias, String label) {
        String r = label;
        while (alias.containsKey(r)) {
            r = alias.get(r);
        }
        return r;
    }

    private int assignFreeIndices(Map<String, String> aliases) {
        Set<String> equal = options.groupEqual();
        Map<String, Integer> byKey = new LinkedHashMap<>();
        int next = 0;
        for (Parameter p : rows) {
            if (!p.estimated) {
                p.free = 0;
                continue;
            }
            String key = null;
            if (!p.label.isEmpty()) {
                key = "label:" + root(aliases, p.label);
            } else if (groups > 1 && groupEqualApplies(p, equal)) {
                key = "eq:" + p.lhs() + p.op() + p.rhs();
            }
            if (key != null && byKey.containsKey(key)) {
                p.free = byKey.get(key);
                p.equalKey = key;
                continue;
            }
            p.free = ++next;
            if (key != null) {
                byKey.put(key, p.free);
                p.equalKey = key;
            }
        }
        // lavaan names group.equal parameters after the table row of their first occurrence: .p2., .p25., ...
        Map<String, String> autoLabel = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Parameter p = rows.get(i);
            if (p.equalKey != null && p.equalKey.startsWith("eq:")) {
                p.label = autoLabel.computeIfAbsent(p.equalKey, k -> "." + "p" + (rows.indexOf(p) + 1) + ".");
            }
        }
        return next;
    }

    private boolean groupEqualApplies(Parameter p, Set<String> equal) {
        boolean lhsLatent = latent.contains(p.lhs());
        return switch (p.op()) {
            case Parameter.LOADING -> equal.contains("loadings");
            case Parameter.REGRESSION -> equal.contains("regressions");
            case Parameter.INTERCEPT -> lhsLatent ? equal.contains("means") : equal.contains("intercepts");
            case Parameter.COVARIANCE -> {
                boolean variance = p.lhs().equals(p.rhs());
                if (lhsLatent) {
                    yield variance ? equal.contains("lv.variances") : equal.contains("lv.covariances");
                }
                yield variance ? equal.contains("residuals") : equal.contains("residual.covariances");
            }
            default -> false;
        };
    }

    private void addDefinitions() {
        Set<String> known = new LinkedHashSet<>();
        rows.forEach(p -> {
            if (!p.label.isEmpty()) {
                known.add(p.label);
            }
        });
        for (Statement s : statements) {
            if (s instanceof Statement.Definition d) {
                for (String lab : d.expr().labels()) {
                    if (!known.contains(lab)) {
                        throw new ModelSyntaxException(d.line(), d.column(), "the defined parameter '" + d.name()
                                + "' uses '" + lab + "', which is not a parameter label; labels are: " + String.join(", ", known));
                    }
                }
                Parameter p = new Parameter(d.name(), Parameter.DEFINED, d.text(), 0, true);
                p.label = d.name();
                p.expr = d.expr();
                rows.add(p);
                known.add(d.name());
            }
        }
    }
}
