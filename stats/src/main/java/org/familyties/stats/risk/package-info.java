/**
 * Cumulative indices of dichotomised indicators (risks or protective factors):
 * {@link org.familyties.stats.risk.IndicatorSpec} reads definitions such as {@code poverty:income<1, harsh>p75},
 * {@link org.familyties.stats.risk.CumulativeIndex} applies them under a
 * {@link org.familyties.stats.risk.MissingRule} and gives an {@link org.familyties.stats.risk.IndexResult}.
 */
package org.familyties.stats.risk;
