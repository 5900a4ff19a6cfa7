package org.familyties.stats.sem.syntax;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/** An arithmetic expression of numbers and parameter labels, as on the right of {@code :=} or either side of {@code ==}. */
public sealed interface Expr {

    double evaluate(ToDoubleFunction<String> labels);

    default Set<String> labels() {
        Set<String> out = new LinkedHashSet<>();
        collect(out);
        return out;
    }

    void collect(Set<String> out);

    record Num(double value) implements Expr {
        public double evaluate(ToDoubleFunction<String> labels) {
            return value;
        }

        public void collect(Set<String> out) {
        }
    }

    record Ref(String label) implements Expr {
        public double evaluate(ToDoubleFunction<String> labels) {
            return labels.applyAsDouble(label);
        }

        public void collect(Set<String> out) {
            out.add(label);
        }
    }

    record Neg(Expr operand) implements Expr {
        public double evaluate(ToDoubleFunction<String> labels) {
            return -operand.evaluate(labels);
        }

        public void collect(Set<String> out) {
            operand.collect(out);
        }
    }

    record Binary(char op, Expr left, Expr right) implements Expr {
        public double evaluate(ToDoubleFunction<String> labels) {
            double a = left.evaluate(labels);
            double b = right.evaluate(labels);
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> a / b;
                case '^' -> Math.pow(a, b);
                default -> throw new IllegalStateException("operator " + op);
            };
        }

        public void collect(Set<String> out) {
            left.collect(out);
            right.collect(out);
        }
    }

    /** A function of one argument: exp, log, sqrt, abs. */
    record Call(String function, Expr argument) implements Expr {
        public double evaluate(ToDoubleFunction<String> labels) {
            double a = argument.evaluate(labels);
            return switch (function) {
                case "exp" -> Math.exp(a);
                case "log" -> Math.log(a);
                case "sqrt" -> Math.sqrt(a);
                case "abs" -> Math.abs(a);
                default -> throw new IllegalStateException("function " + function);
            };
        }

        public void collect(Set<String> out) {
            argument.collect(out);
        }
    }
}
