package org.familyties.stats.sem.model;

import org.familyties.stats.sem.syntax.Expr;

/** One row of a {@link ParameterTable}, like a row of lavaan's partable. Mutable only while the table is built. */
public final class Parameter {

    public static final String LOADING = "=~";
    public static final String REGRESSION = "~";
    public static final String COVARIANCE = "~~";
    public static final String INTERCEPT = "~1";
    public static final String DEFINED = ":=";

    private final String lhs;
    private final String op;
    private final String rhs;
    private final int group;
    String label = "";
    /** 1-based index into the free-parameter vector, 0 when fixed. */
    int free;
    /** Whether the row is estimated, decided while building; {@link #free} is assigned afterwards. */
    boolean estimated;
    /** The fixed value; NaN when it is to be taken from the sample (fixed.x). */
    double value = Double.NaN;
    double start = Double.NaN;
    boolean exo;
    final boolean user;
    String equalKey;
    Expr expr;

    Parameter(String lhs, String op, String rhs, int group, boolean user) {
        this.lhs = lhs;
        this.op = op;
        this.rhs = rhs;
        this.group = group;
        this.user = user;
    }

    public String lhs() {
        return lhs;
    }

    public String op() {
        return op;
    }

    public String rhs() {
        return rhs;
    }

    /** 1-based group; 0 for defined parameters. */
    public int group() {
        return group;
    }

    public String label() {
        return label;
    }

    public int free() {
        return free;
    }

    public boolean isFree() {
        return free > 0;
    }

    public double value() {
        return value;
    }

    public double start() {
        return start;
    }

    public boolean exo() {
        return exo;
    }

    public boolean user() {
        return user;
    }

    public Expr expr() {
        return expr;
    }

    public boolean isDefined() {
        return op.equals(DEFINED);
    }

    boolean same(String l, String o, String r, int g) {
        if (group != g || !op.equals(o)) {
            return false;
        }
        if (lhs.equals(l) && rhs.equals(r)) {
            return true;
        }
        return o.equals(COVARIANCE) && lhs.equals(r) && rhs.equals(l);
    }

    @Override
    public String toString() {
        return lhs + " " + op + " " + rhs + (group > 1 ? " [g" + group + "]" : "") + (label.isEmpty() ? "" : " (" + label + ")")
                + (isFree() ? " free#" + free : " fixed=" + value);
    }
}
