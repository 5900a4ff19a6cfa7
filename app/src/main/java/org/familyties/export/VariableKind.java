package org.familyties.export;

/** Storage kind of a variable. Dates are calendar dates without time of day. */
public enum VariableKind {
    NUMERIC,
    STRING,
    DATE
}
