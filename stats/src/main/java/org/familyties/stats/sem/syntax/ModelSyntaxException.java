package org.familyties.stats.sem.syntax;

/** The model text does not follow lavaan's syntax; the message names line, column and what was expected. */
public class ModelSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public ModelSyntaxException(int line, int column, String message) {
        super("Model syntax error at line " + line + ", column " + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
