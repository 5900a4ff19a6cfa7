package org.familyties.instruments;

/**
 * Something wrong with one answer of a record.
 *
 * @param field   the variable name of the field
 * @param message what is wrong and how to put it right, fit to show the person entering the data
 */
public record RecordProblem(String field, String message) {
}
