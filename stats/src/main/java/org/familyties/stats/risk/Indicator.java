package org.familyties.stats.risk;

/** One dichotomised indicator: {@code name} fires when column {@code column} meets {@code cutoff}. */
public record Indicator(String name, String column, Cutoff cutoff) {

    public String describe() {
        return name + ": " + column + " " + cutoff.describe();
    }
}
