package org.familyties.stats.sem;

/** Treatment of missing values: listwise deletion (lavaan's default) or full-information ML ({@code missing = "ml"}). */
public enum MissingData {
    LISTWISE, FIML
}
