package org.familyties.stats.sem.syntax;

import java.util.ArrayList;
import java.util.List;

/** Splits lavaan model text into tokens; comments start with # or ! and run to the end of the line. */
final class Lexer {

    private static final String[] OPERATORS = {"=~", "~~", ":=", "==", "<", ">", "~", "+", "-", "*", "/", "^"};

    private Lexer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int col = i - lineStart + 1;
            if (c == '\n') {
                tokens.add(new Token(Token.Kind.END_OF_STATEMENT, "\n", line, col));
                line++;
                lineStart = i + 1;
                i++;
            } else if (c == ';') {
                tokens.add(new Token(Token.Kind.END_OF_STATEMENT, ";", line, col));
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#' || c == '!') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int j = i + 1;
                    if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                        j++;
                    }
                    if (j < n && Character.isDigit(text.charAt(j))) {
                        i = j;
                        while (i < n && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                    }
                }
                String num = text.substring(start, i);
                try {
                    Double.parseDouble(num);
                } catch (NumberFormatException e) {
                    throw new ModelSyntaxException(line, col, "'" + num + "' is not a number");
                }
                tokens.add(new Token(Token.Kind.NUMBER, num, line, col));
            } else if (Character.isLetter(c) || c == '.' || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.IDENT, text.substring(start, i), line, col));
            } else if (c == '(') {
                tokens.add(new Token(Token.Kind.LPAREN, "(", line, col));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Token.Kind.RPAREN, ")", line, col));
                i++;
            } else if (c == ',') {
                tokens.add(new Token(Token.Kind.COMMA, ",", line, col));
                i++;
            } else {
                String op = null;
                for (String candidate : OPERATORS) {
                    if (text.startsWith(candidate, i)) {
                        op = candidate;
                        break;
                    }
                }
                if (op == null) {
                    throw new ModelSyntaxException(line, col, "unexpected character '" + c + "'");
                }
                tokens.add(new Token(Token.Kind.OP, op, line, col));
                i += op.length();
            }
        }
        tokens.add(new Token(Token.Kind.EOF, "", line, n - lineStart + 1));
        return tokens;
    }
}
