package org.familyties.instruments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.familyties.instruments.internal.BranchingLogicParser;
import org.familyties.instruments.internal.Expressions;

/**
 * The formula of a calc field in REDCap's syntax, read by the same lexer and parser as branching logic:
 * {@code [field]} and {@code [cb(2)]} references, numbers, {@code + - * / ^}, parentheses, the comparisons and
 * {@code and}/{@code or}/{@code not} of branching logic, and the functions {@code sum}, {@code mean}, {@code min},
 * {@code max}, {@code round(x, n)}, {@code roundup}, {@code rounddown}, {@code abs}, {@code sqrt},
 * {@code if(condition, a, b)} and {@code datediff([d1], [d2], "y"|"M"|"d"|"h"|"m"|"s", "ymd", signed)}.
 * As in REDCap, the result is blank when a field it uses is blank or holds a missing-data code
 * ({@code sum}, {@code mean}, {@code min} and {@code max} leave those out and are blank only when all are),
 * and when it divides by zero.
 */
public final class Calculation {

    private final String source;
    private final Expressions.Expression expression;

    private Calculation(String source, Expressions.Expression expression) {
        this.source = source;
        this.expression = expression;
    }

    /** @throws BranchingLogicException with the position of the problem, if the formula does not parse */
    public static Calculation parse(String source) throws BranchingLogicException {
        return new Calculation(source, BranchingLogicParser.parseCalculation(source == null ? "" : source));
    }

    /** The result as stored for the field: whole numbers without a point, others to ten places; empty when blank. */
    public String evaluate(Responses responses, LocalDate today) {
        return Expressions.result(expression.value(new Expressions.Scope(responses, today)));
    }

    /** Every field reference in the order written, with positions for error messages. */
    public List<FieldReference> references() {
        List<FieldReference> references = new ArrayList<>();
        expression.collectReferences(references);
        return List.copyOf(references);
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
