package org.familyties.stats.sem.syntax;

import java.util.List;

/** One formula of a lavaan model. */
public sealed interface Statement {

    int line();

    int column();

    /** {@code lhs =~ rhs}, {@code lhs ~ rhs} or {@code lhs ~~ rhs}; an intercept term is {@link Term#isIntercept()}. */
    record Formula(List<String> lhs, String op, List<Term> rhs, int line, int column) implements Statement {
        public Formula {
            lhs = List.copyOf(lhs);
            rhs = List.copyOf(rhs);
        }
    }

    /** {@code name := expression}; {@code text} is the expression without spaces, as lavaan prints it. */
    record Definition(String name, Expr expr, String text, int line, int column) implements Statement {
    }

    /** {@code left == right} (also {@code <} and {@code >}). */
    record Constraint(Expr left, String op, Expr right, String text, int line, int column) implements Statement {
    }
}
