/**
 * Structural equation models written in lavaan's model syntax, fitted by maximum likelihood with the defaults
 * of lavaan's {@code sem()}, {@code cfa()} and {@code growth()}.
 *
 * <p>Entry point: {@link org.familyties.stats.sem.Sem#fit(String, org.familyties.stats.data.DataTable, SemOptions)}
 * returns an immutable {@link org.familyties.stats.sem.SemResult}: {@link org.familyties.stats.sem.ParameterEstimate}
 * rows like lavaan's {@code parameterEstimates()} with {@code std.lv}/{@code std.all}, {@link FitMeasures} under
 * lavaan's names, and warnings. {@link SemJson} and {@link SemReport} render a result as JSON or as a text summary.
 *
 * <p>Inside: {@code syntax} parses the model text, {@code model} adds lavaan's automatic parameters,
 * {@code estimate} holds the RAM representation (Σ = F(I−A)⁻¹S(I−A)⁻ᵀFᵀ), the ML discrepancy with analytic
 * gradient and expected information, and the optimiser; {@code dist} the chi-square and normal distributions.
 */
package org.familyties.stats.sem;
