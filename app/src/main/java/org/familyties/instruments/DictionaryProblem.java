package org.familyties.instruments;

/**
 * Something wrong in a data dictionary file.
 *
 * @param row    the row as numbered in the file, the header being row 1 (0 when the problem is the file as a whole)
 * @param column the column's header name, or empty when the problem is the whole row
 * @param message what is wrong and how to put it right
 */
public record DictionaryProblem(int row, String column, String message) {
    @Override
    public String toString() {
        return "row " + row + (column.isEmpty() ? "" : ", " + column) + ": " + message;
    }
}
