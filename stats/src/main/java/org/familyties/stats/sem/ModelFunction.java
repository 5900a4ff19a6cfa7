package org.familyties.stats.sem;

/** Which of lavaan's fitting functions' defaults apply: {@code sem()}, {@code cfa()} or {@code growth()}. */
public enum ModelFunction {
    SEM, CFA, GROWTH
}
