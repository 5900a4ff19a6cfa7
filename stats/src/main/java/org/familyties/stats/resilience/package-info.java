/**
 * Resilience by the residual method: {@link org.familyties.stats.resilience.ResidualResilience} regresses an outcome
 * on an adversity index and gives a {@link org.familyties.stats.resilience.ResilienceResult} with each person's
 * standardised residual, class and, for families, {@link org.familyties.stats.resilience.FamilyResilience}. The
 * command-line front end is {@code familyties resilience}.
 */
package org.familyties.stats.resilience;
