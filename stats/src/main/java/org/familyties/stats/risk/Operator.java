package org.familyties.stats.risk;

/** A comparison of a value against a cut-off. */
public enum Operator {
    GE(">="), GT(">"), LE("<="), LT("<"), EQ("==");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean test(double value, double cut) {
        return switch (this) {
            case GE -> value >= cut;
            case GT -> value > cut;
            case LE -> value <= cut;
            case LT -> value < cut;
            case EQ -> value == cut;
        };
    }

    public static Operator ofSymbol(String symbol) {
        for (Operator o : values()) {
            if (o.symbol.equals(symbol)) {
                return o;
            }
        }
        throw new IllegalArgumentException("Unknown comparison '" + symbol + "'");
    }
}
