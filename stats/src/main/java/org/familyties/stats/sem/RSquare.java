package org.familyties.stats.sem;

/** Share of an endogenous variable's model-implied variance explained by its predictors (lavaan's r2). */
public record RSquare(int group, String variable, double value) {
}
