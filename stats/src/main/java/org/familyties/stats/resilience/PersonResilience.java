package org.familyties.stats.resilience;

import java.util.Optional;

/**
 * One person's resilience.
 *
 * @param row row in the data table (0-based)
 * @param residual observed minus predicted outcome
 * @param score the standardised residual (residual divided by the residuals' standard deviation), sign flipped for
 *     problem outcomes
 * @param family the family identifier, when a family column was given
 */
public record PersonResilience(int row, double adversity, double outcome, double predicted, double residual,
        double score, ResilienceClass classification, Optional<String> family) {
}
