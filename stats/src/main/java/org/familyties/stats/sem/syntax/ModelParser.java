package org.familyties.stats.sem.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.familyties.stats.sem.syntax.Token.Kind;

/**
 * Parses lavaan model syntax. Formulas are separated by newlines or {@code ;}. A formula continues on
 * the next line when its line ends with an operator or inside parentheses, or when the next line starts
 * with {@code +}.
 */
public final class ModelParser {

    private static final Set<String> CONTINUING_OPS = Set.of("=~", "~~", "~", ":=", "==", "<", ">", "+", "-", "*", "/", "^");
    private static final Set<String> FUNCTIONS = Set.of("exp", "log", "sqrt", "abs");

    private final List<Token> tokens;
    private int pos;
    private int stmtStart;

    private ModelParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    public static List<Statement> parse(String text) {
        List<Token> joined = joinContinuations(Lexer.tokenize(text));
        ModelParser parser = new ModelParser(joined);
        List<Statement> out = new ArrayList<>();
        while (parser.peek().kind() != Kind.EOF) {
            if (parser.peek().kind() == Kind.END_OF_STATEMENT) {
                parser.pos++;
                continue;
            }
            out.add(parser.statement());
        }
        if (out.isEmpty()) {
            Token eof = joined.get(joined.size() - 1);
            throw new ModelSyntaxException(eof.line(), eof.column(), "expected at least one formula but the model is empty");
        }
        return out;
    }

    private static List<Token> joinContinuations(List<Token> raw) {
        List<Token> out = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < raw.size(); i++) {
            Token t = raw.get(i);
            if (t.kind() == Kind.LPAREN) {
                depth++;
            } else if (t.kind() == Kind.RPAREN) {
                depth = Math.max(0, depth - 1);
            }
            if (t.is(Kind.END_OF_STATEMENT, "\n")) {
                Token prev = lastSignificant(out);
                Token next = nextSignificant(raw, i + 1);
                boolean continues = depth > 0
                        || (prev != null && (prev.kind() == Kind.COMMA || prev.kind() == Kind.LPAREN
                        || (prev.kind() == Kind.OP && CONTINUING_OPS.contains(prev.text()))))
                        || (prev != null && next != null && next.isOp("+"));
                if (continues) {
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /** The last token of the statement being joined, or null at the start of a statement. */
    private static Token lastSignificant(List<Token> out) {
        if (out.isEmpty()) {
            return null;
        }
        Token t = out.get(out.size() - 1);
        return t.kind() == Kind.END_OF_STATEMENT ? null : t;
    }

    private static Token nextSignificant(List<Token> raw, int from) {
        for (int j = from; j < raw.size(); j++) {
            if (!raw.get(j).is(Kind.END_OF_STATEMENT, "\n")) {
                return raw.get(j);
            }
        }
        return null;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peek(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private ModelSyntaxException expected(String what) {
        Token t = peek();
        return new ModelSyntaxException(t.line(), t.column(), "expected " + what + " but found " + t.describe());
    }

    private boolean atEnd() {
        Kind k = peek().kind();
        return k == Kind.END_OF_STATEMENT || k == Kind.EOF;
    }

    private Statement statement() {
        stmtStart = pos;
        Token first = peek();
        if (first.kind() == Kind.IDENT && peek(1).isOp(":=")) {
            pos += 2;
            int exprStart = pos;
            Expr e = expression();
            endOfStatement();
            return new Statement.Definition(first.text(), e, textOf(exprStart, pos), first.line(), first.column());
        }
        if (hasTopLevel("==") || hasTopLevel("<") || hasTopLevel(">")) {
            Expr left = expression();
            Token op = next();
            if (!(op.isOp("==") || op.isOp("<") || op.isOp(">"))) {
                pos--;
                throw expected("'==', '<' or '>'");
            }
            Expr right = expression();
            endOfStatement();
            return new Statement.Constraint(left, op.text(), right, textOf(stmtStart, pos), first.line(), first.column());
        }
        List<String> lhs = new ArrayList<>();
        lhs.add(identifier("a variable name"));
        while (peek().isOp("+")) {
            pos++;
            lhs.add(identifier("a variable name after '+'"));
        }
        Token op = peek();
        if (!(op.isOp("=~") || op.isOp("~") || op.isOp("~~"))) {
            throw expected("an operator (=~, ~, ~~, :=, ==)");
        }
        pos++;
        List<Term> rhs = new ArrayList<>();
        rhs.add(term(op.text()));
        while (peek().isOp("+")) {
            pos++;
            rhs.add(term(op.text()));
        }
        endOfStatement();
        return new Statement.Formula(lhs, op.text(), rhs, first.line(), first.column());
    }

    private boolean hasTopLevel(String op) {
        for (int j = pos; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.kind() == Kind.END_OF_STATEMENT || t.kind() == Kind.EOF) {
                return false;
            }
            if (t.isOp(op)) {
                return true;
            }
        }
        return false;
    }

    private void endOfStatement() {
        if (!atEnd()) {
            throw expected("'+', end of line or ';'");
        }
    }

    private String textOf(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < to; j++) {
            if (tokens.get(j).kind() != Kind.END_OF_STATEMENT) {
                sb.append(tokens.get(j).text());
            }
        }
        return sb.toString();
    }

    private String identifier(String what) {
        Token t = peek();
        if (t.kind() != Kind.IDENT) {
            throw expected(what);
        }
        pos++;
        return t.text();
    }

    /** {@code (modifier '*')* (variable | 1)}. */
    private Term term(String op) {
        List<String> labels = new ArrayList<>();
        List<Double> fixed = new ArrayList<>();
        List<Double> starts = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.NUMBER || t.isOp("-")) {
                double value = signedNumber();
                if (peek().isOp("*")) {
                    pos++;
                    fixed.clear();
                    fixed.add(value);
                    continue;
                }
                if (value == 1.0 && op.equals("~")) {
                    return new Term("1", true, labels, fixed, starts);
                }
                throw new ModelSyntaxException(t.line(), t.column(), "expected a variable name (or '1' for an intercept after '~') but found '" + t.text() + "'");
            }
            if (t.kind() != Kind.IDENT) {
                throw expected(op.equals("~") ? "a variable name or 1" : "a variable name");
            }
            if (peek(1).kind() == Kind.LPAREN) {
                String fn = t.text();
                pos += 2;
                List<Object> args = arguments();
                if (!peek().isOp("*")) {
                    throw expected("'*' after " + fn + "(...)");
                }
                pos++;
                switch (fn) {
                    case "start" -> {
                        starts.clear();
                        args.forEach(a -> starts.add(a instanceof Double d ? d : null));
                    }
                    case "label" -> {
                        labels.clear();
                        args.forEach(a -> labels.add(a instanceof String s ? s : null));
                    }
                    case "c" -> {
                        boolean numeric = args.stream().allMatch(a -> a instanceof Double || a == null);
                        if (numeric) {
                            fixed.clear();
                            args.forEach(a -> fixed.add((Double) a));
                        } else {
                            labels.clear();
                            args.forEach(a -> labels.add(a instanceof String s ? s : null));
                        }
                    }
                    default -> throw new ModelSyntaxException(t.line(), t.column(), "unknown modifier '" + fn + "(...)'; expected c(), start() or label()");
                }
                continue;
            }
            pos++;
            if (peek().isOp("*")) {
                pos++;
                if (t.text().equals("NA")) {
                    fixed.clear();
                    fixed.add(Double.NaN);
                } else {
                    labels.clear();
                    labels.add(t.text());
                }
                continue;
            }
            if (t.text().equals("NA")) {
                throw new ModelSyntaxException(t.line(), t.column(), "expected '*' and a variable name after NA");
            }
            return new Term(t.text(), false, labels, fixed, starts);
        }
    }

    private double signedNumber() {
        boolean negative = false;
        if (peek().isOp("-")) {
            pos++;
            negative = true;
        }
        Token t = peek();
        if (t.kind() != Kind.NUMBER) {
            throw expected("a number");
        }
        pos++;
        double v = Double.parseDouble(t.text());
        return negative ? -v : v;
    }

    /** Arguments of c(...), start(...), label(...): numbers (Double), NA (NaN), names (String). */
    private List<Object> arguments() {
        List<Object> args = new ArrayList<>();
        if (peek().kind() == Kind.RPAREN) {
            pos++;
            return args;
        }
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.NUMBER || t.isOp("-")) {
                args.add(signedNumber());
            } else if (t.kind() == Kind.IDENT) {
                pos++;
                args.add(t.text().equals("NA") ? (Object) Double.NaN : t.text());
            } else {
                throw expected("a number, NA or a label");
            }
            if (peek().kind() == Kind.COMMA) {
                pos++;
            } else if (peek().kind() == Kind.RPAREN) {
                pos++;
                return args;
            } else {
                throw expected("',' or ')'");
            }
        }
    }

    // expression := sum ; sum := product (('+'|'-') product)* ; product := power (('*'|'/') power)* ;
    // power := unary ('^' power)? ; unary := '-' unary | atom
    private Expr expression() {
        Expr left = product();
        while (peek().isOp("+") || peek().isOp("-")) {
            char op = next().text().charAt(0);
            left = new Expr.Binary(op, left, product());
        }
        return left;
    }

    private Expr product() {
        Expr left = power();
        while (peek().isOp("*") || peek().isOp("/")) {
            char op = next().text().charAt(0);
            left = new Expr.Binary(op, left, power());
        }
        return left;
    }

    private Expr power() {
        Expr base = unary();
        if (peek().isOp("^")) {
            pos++;
            return new Expr.Binary('^', base, power());
        }
        return base;
    }

    private Expr unary() {
        if (peek().isOp("-")) {
            pos++;
            return new Expr.Neg(unary());
        }
        if (peek().isOp("+")) {
            pos++;
            return unary();
        }
        return atom();
    }

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                pos++;
                return new Expr.Num(Double.parseDouble(t.text()));
            }
            case IDENT -> {
                pos++;
                if (peek().kind() == Kind.LPAREN) {
                    if (!FUNCTIONS.contains(t.text())) {
                        throw new ModelSyntaxException(t.line(), t.column(), "unknown function '" + t.text() + "'; expected one of exp, log, sqrt, abs");
                    }
                    pos++;
                    Expr arg = expression();
                    if (peek().kind() != Kind.RPAREN) {
                        throw expected("')'");
                    }
                    pos++;
                    return new Expr.Call(t.text(), arg);
                }
                return new Expr.Ref(t.text());
            }
            case LPAREN -> {
                pos++;
                Expr inner = expression();
                if (peek().kind() != Kind.RPAREN) {
                    throw expected("')'");
                }
                pos++;
                return inner;
            }
            default -> throw expected("a number, a label or '('");
        }
    }
}
