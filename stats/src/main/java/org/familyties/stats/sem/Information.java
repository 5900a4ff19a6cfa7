package org.familyties.stats.sem;

/**
 * Which information matrix gives the standard errors. {@code DEFAULT} is lavaan's choice: expected with
 * listwise deletion, observed under FIML.
 */
public enum Information {
    DEFAULT, EXPECTED, OBSERVED
}
