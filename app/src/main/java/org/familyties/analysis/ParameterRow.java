package org.familyties.analysis;

/** One row of a saved parameter table, with lavaan's column meanings; null where lavaan gives NA. */
public record ParameterRow(String lhs, String op, String rhs, int group, String label, Double est, Double se,
                           Double z, Double pvalue, Double ciLower, Double ciUpper, Double stdLv, Double stdAll) {
}
