package org.familyties.instruments.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.familyties.instruments.Answer;
import org.familyties.instruments.BranchingLogicException;
import org.familyties.instruments.FieldReference;
import org.familyties.instruments.Responses;
import org.familyties.instruments.internal.Conditions.Operator;

/**
 * The nodes of a REDCap calculation. A value is a {@link Double}, a {@link String}, a {@link Boolean} or
 * {@code null} for blank; arithmetic with a blank is blank, as in REDCap, while {@code sum}, {@code mean},
 * {@code min} and {@code max} leave blanks out.
 */
public final class Expressions {

    private Expressions() {
    }

    /** What an expression is evaluated against. */
    public record Scope(Responses responses, LocalDate today) {
    }

    /** A parsed calculation. */
    public sealed interface Expression permits Number, Text, Reference, Negate, Arithmetic, Comparison, Logical, Not,
            Call {
        Object value(Scope scope);

        default void collectReferences(List<FieldReference> into) {
        }
    }

    record Number(double value) implements Expression {
        @Override
        public Object value(Scope scope) {
            return value;
        }
    }

    record Text(String text) implements Expression {
        @Override
        public Object value(Scope scope) {
            return text;
        }
    }

    /** A field's answer: a number when it reads as one, otherwise its text; a missing-data code is blank. */
    record Reference(FieldReference reference) implements Expression {
        @Override
        public Object value(Scope scope) {
            Answer answer = scope.responses().answer(reference.field());
            if (reference.isCheckboxOption()) {
                if (answer.isMissing()) {
                    return null;
                }
                return answer instanceof Answer.Ticked t && t.isTicked(reference.checkboxOption()) ? 1.0 : 0.0;
            }
            if (!(answer instanceof Answer.Value v)) {
                return null;
            }
            Double number = number(v.text());
            return number != null ? number : v.text();
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            into.add(reference);
        }
    }

    record Negate(Expression operand) implements Expression {
        @Override
        public Object value(Scope scope) {
            Double x = asNumber(operand.value(scope));
            return x == null ? null : -x;
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            operand.collectReferences(into);
        }
    }

    record Arithmetic(char operator, Expression left, Expression right) implements Expression {
        @Override
        public Object value(Scope scope) {
            Double x = asNumber(left.value(scope));
            Double y = asNumber(right.value(scope));
            if (x == null || y == null) {
                return null;
            }
            double result = switch (operator) {
                case '+' -> x + y;
                case '-' -> x - y;
                case '*' -> x * y;
                case '/' -> x / y;
                default -> Math.pow(x, y);
            };
            return finite(result);
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            left.collectReferences(into);
            right.collectReferences(into);
        }
    }

    /** A comparison with branching logic's rules: numeric when both sides are numbers, a blank is never ordered. */
    record Comparison(Expression left, Operator operator, Expression right) implements Expression {
        @Override
        public Object value(Scope scope) {
            Object a = left.value(scope);
            Object b = right.value(scope);
            Double x = asNumber(a);
            Double y = asNumber(b);
            if (x != null && y != null) {
                return operator.accepts(Double.compare(x, y));
            }
            String p = asText(a);
            String q = asText(b);
            if (operator.isOrdering() && (p.isEmpty() || q.isEmpty())) {
                return false;
            }
            return operator.accepts(Integer.signum(p.compareTo(q)));
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            left.collectReferences(into);
            right.collectReferences(into);
        }
    }

    record Logical(boolean and, Expression left, Expression right) implements Expression {
        @Override
        public Object value(Scope scope) {
            boolean x = isTrue(left.value(scope));
            return and ? x && isTrue(right.value(scope)) : x || isTrue(right.value(scope));
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            left.collectReferences(into);
            right.collectReferences(into);
        }
    }

    record Not(Expression operand) implements Expression {
        @Override
        public Object value(Scope scope) {
            return !isTrue(operand.value(scope));
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            operand.collectReferences(into);
        }
    }

    /** The functions a calculation may call, with how many arguments each takes. */
    enum Function {
        SUM(1, Integer.MAX_VALUE), MEAN(1, Integer.MAX_VALUE), MIN(1, Integer.MAX_VALUE), MAX(1, Integer.MAX_VALUE),
        ROUND(1, 2), ROUNDUP(1, 2), ROUNDDOWN(1, 2), ABS(1, 1), SQRT(1, 1), IF(3, 3), DATEDIFF(3, 5);

        final int fewest;
        final int most;

        Function(int fewest, int most) {
            this.fewest = fewest;
            this.most = most;
        }

        static Function named(String name, int position) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BranchingLogicException("Unknown function '" + name + "'; calculations can use sum, mean, "
                        + "min, max, round, roundup, rounddown, abs, sqrt, if and datediff", position);
            }
        }
    }

    record Call(Function function, List<Expression> arguments) implements Expression {
        @Override
        public Object value(Scope scope) {
            return switch (function) {
                case SUM, MEAN, MIN, MAX -> aggregate(numbers(scope));
                case ROUND -> round(scope, RoundingMode.HALF_UP);
                case ROUNDUP -> round(scope, RoundingMode.UP);
                case ROUNDDOWN -> round(scope, RoundingMode.DOWN);
                case ABS -> {
                    Double x = asNumber(arguments.get(0).value(scope));
                    yield x == null ? null : Math.abs(x);
                }
                case SQRT -> {
                    Double x = asNumber(arguments.get(0).value(scope));
                    yield x == null || x < 0 ? null : Math.sqrt(x);
                }
                case IF -> isTrue(arguments.get(0).value(scope)) ? arguments.get(1).value(scope)
                        : arguments.get(2).value(scope);
                case DATEDIFF -> dateDifference(scope);
            };
        }

        private List<Double> numbers(Scope scope) {
            List<Double> numbers = new ArrayList<>();
            for (Expression argument : arguments) {
                Double x = asNumber(argument.value(scope));
                if (x != null) {
                    numbers.add(x);
                }
            }
            return numbers;
        }

        private Double aggregate(List<Double> numbers) {
            if (numbers.isEmpty()) {
                return null;
            }
            var stats = numbers.stream().mapToDouble(Double::doubleValue).summaryStatistics();
            return switch (function) {
                case SUM -> stats.getSum();
                case MEAN -> stats.getAverage();
                case MIN -> stats.getMin();
                default -> stats.getMax();
            };
        }

        private Double round(Scope scope, RoundingMode mode) {
            Double x = asNumber(arguments.get(0).value(scope));
            Double places = arguments.size() > 1 ? asNumber(arguments.get(1).value(scope)) : Double.valueOf(0);
            if (x == null || places == null) {
                return null;
            }
            // to 15 significant digits first, as PHP's round does, so 80 / 1.6^2 = 31.249999999999996 rounds to 31.3
            return new BigDecimal(x).round(new MathContext(15)).setScale(places.intValue(), mode).doubleValue();
        }

        /** REDCap's datediff: the second date minus the first, unsigned unless the fifth argument is true. */
        private Double dateDifference(Scope scope) {
            LocalDateTime from = dateTime(arguments.get(0).value(scope), scope.today());
            LocalDateTime to = dateTime(arguments.get(1).value(scope), scope.today());
            String unit = asText(arguments.get(2).value(scope));
            if (from == null || to == null) {
                return null;
            }
            double seconds = Duration.between(from, to).getSeconds();
            double days = seconds / 86_400;
            Double difference = switch (unit) {
                case "y" -> days / 365.2425;
                case "M" -> days / 30.44;
                case "d" -> days;
                case "h" -> seconds / 3_600;
                case "m" -> seconds / 60;
                case "s" -> seconds;
                default -> null;
            };
            boolean signed = arguments.size() > 4 && isTrue(arguments.get(4).value(scope));
            return difference == null || signed ? difference : Math.abs(difference);
        }

        @Override
        public void collectReferences(List<FieldReference> into) {
            arguments.forEach(a -> a.collectReferences(into));
        }
    }

    /** Dates as data entry stores them (YYYY-MM-DD, optionally with a time), or "today". */
    private static LocalDateTime dateTime(Object value, LocalDate today) {
        String text = asText(value).strip();
        if (text.equalsIgnoreCase("today")) {
            return today.atStartOfDay();
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay();
            }
            return LocalDateTime.parse(text.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    static Double number(String text) {
        String t = text.strip();
        if (t.isEmpty() || !isNumeral(t)) {
            return null;
        }
        return Double.parseDouble(t);
    }

    private static boolean isNumeral(String t) {
        int i = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
        boolean digits = false;
        boolean point = false;
        for (; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits;
    }

    static Double asNumber(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return value instanceof String s ? number(s) : null;
    }

    static boolean isTrue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        Double x = asNumber(value);
        return x != null && x != 0;
    }

    static String asText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return format(d);
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return value.toString();
    }

    /** A result as stored: whole numbers without a point, others to at most ten decimal places. */
    public static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return BigDecimal.valueOf(x).setScale(10, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The value as it is stored for a calc field, or empty when blank. */
    public static String result(Object value) {
        return asText(value);
    }
}
