package org.familyties.study;

/**
 * Something wrong with one cell of an imported file.
 *
 * @param row    the row as numbered in the file, the header being row 1
 * @param column the column's header, or empty when the problem is the whole row or file
 */
public record CellProblem(int row, String column, String message) {
}
