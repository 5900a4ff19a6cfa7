package org.familyties.shared;

/** One thing wrong with submitted input: which field and what to do about it. */
public record FieldProblem(String field, String message) {
}
