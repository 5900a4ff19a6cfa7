package org.familyties.stats.sem.syntax;

record Token(Kind kind, String text, int line, int column) {

    enum Kind { IDENT, NUMBER, OP, LPAREN, RPAREN, COMMA, END_OF_STATEMENT, EOF }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isOp(String t) {
        return is(Kind.OP, t);
    }

    String describe() {
        return switch (kind) {
            case EOF -> "end of model";
            case END_OF_STATEMENT -> text.equals(";") ? "';'" : "end of line";
            default -> "'" + text + "'";
        };
    }
}
