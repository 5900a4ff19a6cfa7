package org.familyties.instruments.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.familyties.instruments.BranchingLogicException;
import org.familyties.instruments.FieldReference;
import org.familyties.instruments.internal.Conditions.Operator;

/**
 * Recursive-descent parser for REDCap branching logic.
 * <pre>
 * or         := and ( ("or" | "||") and )*
 * and        := unary ( ("and" | "&&") unary )*
 * unary      := ("not" | "!") unary | "(" or ")" | comparison
 * comparison := operand ("=" | "==" | "<>" | "!=" | "<" | "<=" | ">" | ">=") operand
 * operand    := field | number | string
 * field      := ("[" event "]")? "[" name ("(" code ")")? "]"
 * </pre>
 * The same lexer and parser read calculations of calc fields, where operands are arithmetic:
 * <pre>
 * calculation := or, with comparison := sum (operator sum)? and unary := ("not" | "!") unary | comparison
 * sum         := product (("+" | "-") product)*
 * product     := power (("*" | "/") power)*
 * power       := sign ("^" power)?
 * sign        := "-" sign | primary
 * primary     := field | number | string | function "(" calculation ("," calculation)* ")" | "(" calculation ")"
 * </pre>
 */
public final class BranchingLogicParser {

    private enum Kind { FIELD, NUMBER, STRING, OPERATOR, AND, OR, NOT, OPEN, CLOSE, END, ARITHMETIC, COMMA, NAME }

    private record Token(Kind kind, String text, int position, FieldReference field, Operator operator) {
        static Token of(Kind kind, String text, int position) {
            return new Token(kind, text, position, null, null);
        }

        String describe() {
            return kind == Kind.END ? "the end of the logic" : "'" + text + "'";
        }
    }

    private final List<Token> tokens;
    private int next;

    private BranchingLogicParser(String source, boolean calculation) {
        this.tokens = new Lexer(source, calculation).tokens();
    }

    public static Condition parse(String source) {
        BranchingLogicParser parser = new BranchingLogicParser(source, false);
        Condition condition = parser.or();
        Token after = parser.peek();
        if (after.kind() != Kind.END) {
            throw new BranchingLogicException("Unexpected " + after.describe()
                    + "; join conditions with 'and' or 'or'", after.position());
        }
        return condition;
    }

    private Condition or() {
        Condition left = and();
        while (peek().kind() == Kind.OR) {
            next++;
            left = new Conditions.Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = unary();
        while (peek().kind() == Kind.AND) {
            next++;
            left = new Conditions.And(left, unary());
        }
        return left;
    }

    private Condition unary() {
        Token token = peek();
        if (token.kind() == Kind.NOT) {
            next++;
            return new Conditions.Not(unary());
        }
        if (token.kind() == Kind.OPEN) {
            next++;
            Condition inner = or();
            Token close = peek();
            if (close.kind() != Kind.CLOSE) {
                throw new BranchingLogicException("Expected ')' to close the '(' at position "
                        + token.position() + " but found " + close.describe(), close.position());
            }
            next++;
            return inner;
        }
        return comparison();
    }

    private Condition comparison() {
        Conditions.Operand left = operand();
        Token operator = peek();
        if (operator.kind() != Kind.OPERATOR) {
            throw new BranchingLogicException("Expected a comparison such as = '1' or > 3 but found "
                    + operator.describe(), operator.position());
        }
        next++;
        return new Conditions.Comparison(left, operator.operator(), operand());
    }

    private Conditions.Operand operand() {
        Token token = peek();
        return switch (token.kind()) {
            case FIELD -> {
                next++;
                yield new Conditions.FieldOperand(token.field());
            }
            case NUMBER, STRING -> {
                next++;
                yield new Conditions.Literal(token.text());
            }
            default -> throw new BranchingLogicException("Expected a [field], a number or a quoted value but found "
                    + token.describe(), token.position());
        };
    }

    /** Parses the calculation of a calc field. */
    public static Expressions.Expression parseCalculation(String source) {
        BranchingLogicParser parser = new BranchingLogicParser(source, true);
        if (parser.peek().kind() == Kind.END) {
            throw new BranchingLogicException("The calculation is empty", 1);
        }
        Expressions.Expression expression = parser.calcOr();
        Token after = parser.peek();
        if (after.kind() != Kind.END) {
            throw new BranchingLogicException("Unexpected " + after.describe()
                    + "; join parts of a calculation with an operator such as + or *", after.position());
        }
        return expression;
    }

    private Expressions.Expression calcOr() {
        Expressions.Expression left = calcAnd();
        while (peek().kind() == Kind.OR) {
            next++;
            left = new Expressions.Logical(false, left, calcAnd());
        }
        return left;
    }

    private Expressions.Expression calcAnd() {
        Expressions.Expression left = calcNot();
        while (peek().kind() == Kind.AND) {
            next++;
            left = new Expressions.Logical(true, left, calcNot());
        }
        return left;
    }

    private Expressions.Expression calcNot() {
        if (peek().kind() == Kind.NOT) {
            next++;
            return new Expressions.Not(calcNot());
        }
        Expressions.Expression left = sum();
        if (peek().kind() == Kind.OPERATOR) {
            Operator operator = tokens.get(next++).operator();
            return new Expressions.Comparison(left, operator, sum());
        }
        return left;
    }

    private Expressions.Expression sum() {
        Expressions.Expression left = product();
        while (isArithmetic("+") || isArithmetic("-")) {
            char operator = tokens.get(next++).text().charAt(0);
            left = new Expressions.Arithmetic(operator, left, product());
        }
        return left;
    }

    private Expressions.Expression product() {
        Expressions.Expression left = power();
        while (isArithmetic("*") || isArithmetic("/")) {
            char operator = tokens.get(next++).text().charAt(0);
            left = new Expressions.Arithmetic(operator, left, power());
        }
        return left;
    }

    private Expressions.Expression power() {
        Expressions.Expression base = sign();
        if (isArithmetic("^")) {
            next++;
            return new Expressions.Arithmetic('^', base, power());
        }
        return base;
    }

    private Expressions.Expression sign() {
        if (isArithmetic("-")) {
            next++;
            return new Expressions.Negate(sign());
        }
        if (isArithmetic("+")) {
            next++;
            return sign();
        }
        return primary();
    }

    private Expressions.Expression primary() {
        Token token = peek();
        switch (token.kind()) {
            case FIELD -> {
                next++;
                return new Expressions.Reference(token.field());
            }
            case NUMBER -> {
                next++;
                return new Expressions.Number(Double.parseDouble(token.text()));
            }
            case STRING -> {
                next++;
                return new Expressions.Text(token.text());
            }
            case OPEN -> {
                next++;
                Expressions.Expression inner = calcOr();
                expectClose(token);
                return inner;
            }
            case NAME -> {
                next++;
                return call(token);
            }
            default -> throw new BranchingLogicException("Expected a [field], a number, a function or '(' but found "
                    + token.describe(), token.position());
        }
    }

    private Expressions.Expression call(Token name) {
        Expressions.Function function = Expressions.Function.named(name.text(), name.position());
        Token open = peek();
        if (open.kind() != Kind.OPEN) {
            throw new BranchingLogicException("Expected '(' after " + name.text(), open.position());
        }
        next++;
        List<Expressions.Expression> arguments = new ArrayList<>();
        arguments.add(calcOr());
        while (peek().kind() == Kind.COMMA) {
            next++;
            arguments.add(calcOr());
        }
        expectClose(open);
        if (arguments.size() < function.fewest || arguments.size() > function.most) {
            throw new BranchingLogicException(name.text() + " takes " + (function.fewest == function.most
                    ? String.valueOf(function.fewest) : function.most == Integer.MAX_VALUE
                    ? "at least " + function.fewest : function.fewest + " to " + function.most)
                    + " arguments, not " + arguments.size(), name.position());
        }
        return new Expressions.Call(function, List.copyOf(arguments));
    }

    private void expectClose(Token open) {
        Token close = peek();
        if (close.kind() != Kind.CLOSE) {
            throw new BranchingLogicException("Expected ')' to close the '(' at position "
                    + open.position() + " but found " + close.describe(), close.position());
        }
        next++;
    }

    private boolean isArithmetic(String symbol) {
        Token token = peek();
        return token.kind() == Kind.ARITHMETIC && token.text().equals(symbol);
    }

    private Token peek() {
        return tokens.get(next);
    }

    /** Splits logic into tokens; positions count from 1. */
    private static final class Lexer {
        private final String s;
        private final boolean calculation;
        private int i;
        private final List<Token> out = new ArrayList<>();

        Lexer(String s, boolean calculation) {
            this.s = s;
            this.calculation = calculation;
        }

        List<Token> tokens() {
            while (true) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= s.length()) {
                    out.add(Token.of(Kind.END, "", s.length() + 1));
                    return out;
                }
                out.add(token());
            }
        }

        private Token token() {
            int start = i;
            char c = s.charAt(i);
            if (c == '[') {
                return field();
            }
            if (c == '\'' || c == '"') {
                int close = s.indexOf(c, i + 1);
                if (close < 0) {
                    throw new BranchingLogicException("Quoted value is never closed; add a closing " + c, start + 1);
                }
                i = close + 1;
                return Token.of(Kind.STRING, s.substring(start + 1, close), start + 1);
            }
            if (Character.isDigit(c) || ((c == '.' || (c == '-' && !calculation)) && i + 1 < s.length()
                    && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.'))) {
                i++;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                String number = s.substring(start, i);
                if (!number.matches("-?(\\d+\\.?\\d*|\\.\\d+)")) {
                    throw new BranchingLogicException("'" + number + "' is not a number", start + 1);
                }
                return Token.of(Kind.NUMBER, number, start + 1);
            }
            if (c == '(') {
                i++;
                return Token.of(Kind.OPEN, "(", start + 1);
            }
            if (c == ')') {
                i++;
                return Token.of(Kind.CLOSE, ")", start + 1);
            }
            for (String symbol : List.of("<>", "!=", "<=", ">=", "==", "&&", "||", "=", "<", ">", "!")) {
                if (s.startsWith(symbol, i)) {
                    i += symbol.length();
                    return symbol(symbol, start + 1);
                }
            }
            if (calculation && "+-*/^,".indexOf(c) >= 0) {
                i++;
                return Token.of(c == ',' ? Kind.COMMA : Kind.ARITHMETIC, String.valueOf(c), start + 1);
            }
            if (Character.isLetter(c)) {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                String word = s.substring(start, i);
                switch (word.toLowerCase(Locale.ROOT)) {
                    case "and": return Token.of(Kind.AND, word, start + 1);
                    case "or": return Token.of(Kind.OR, word, start + 1);
                    case "not": return Token.of(Kind.NOT, word, start + 1);
                    default:
                        if (calculation && (word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false"))) {
                            return Token.of(Kind.NUMBER, word.equalsIgnoreCase("true") ? "1" : "0", start + 1);
                        }
                        if (calculation) {
                            return Token.of(Kind.NAME, word, start + 1);
                        }
                        throw new BranchingLogicException("Unknown word '" + word
                                + "'; put field names in square brackets, as [" + word + "]", start + 1);
                }
            }
            throw new BranchingLogicException("Unexpected character '" + c + "'", start + 1);
        }

        private Token symbol(String symbol, int position) {
            Operator operator = switch (symbol) {
                case "=", "==" -> Operator.EQUAL;
                case "<>", "!=" -> Operator.NOT_EQUAL;
                case "<" -> Operator.LESS;
                case "<=" -> Operator.LESS_OR_EQUAL;
                case ">" -> Operator.GREATER;
                case ">=" -> Operator.GREATER_OR_EQUAL;
                default -> null;
            };
            if (operator != null) {
                return new Token(Kind.OPERATOR, symbol, position, null, operator);
            }
            Kind kind = switch (symbol) {
                case "&&" -> Kind.AND;
                case "||" -> Kind.OR;
                default -> Kind.NOT;
            };
            return Token.of(kind, symbol, position);
        }

        private Token field() {
            int start = i;
            String first = bracketed();
            String event = "";
            String name = first;
            if (i < s.length() && s.charAt(i) == '[') {
                event = first;
                name = bracketed();
            }
            String option = "";
            int open = name.indexOf('(');
            if (open >= 0) {
                if (!name.endsWith(")") || open == name.length() - 2) {
                    throw new BranchingLogicException("Checkbox option must be written as [field(code)]", start + 1);
                }
                option = name.substring(open + 1, name.length() - 1).strip();
                name = name.substring(0, open);
            }
            name = name.strip();
            if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new BranchingLogicException("'" + name + "' is not a field name", start + 2);
            }
            FieldReference reference = new FieldReference(event.strip(), name, option, start + 1);
            return new Token(Kind.FIELD, s.substring(start, i), start + 1, reference, null);
        }

        private String bracketed() {
            int open = i;
            int close = s.indexOf(']', open);
            if (close < 0) {
                throw new BranchingLogicException("'[' is never closed; add ']'", open + 1);
            }
            i = close + 1;
            return s.substring(open + 1, close);
        }
    }
}
