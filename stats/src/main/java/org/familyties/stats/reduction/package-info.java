/**
 * Data reduction of numeric variables, on the complete rows of a {@link org.familyties.stats.data.DataTable}.
 *
 * <ul>
 *   <li>{@link org.familyties.stats.reduction.PrincipalComponents} gives a {@link org.familyties.stats.reduction.PcaResult}.</li>
 *   <li>{@link org.familyties.stats.reduction.FactorAnalysis} gives an {@link org.familyties.stats.reduction.EfaResult}:
 *       maximum likelihood as R's {@code factanal} or minimum residual as psych's {@code fa}, rotated by
 *       {@link org.familyties.stats.reduction.Rotation}.</li>
 *   <li>{@link org.familyties.stats.reduction.ParallelAnalysis} gives a {@link org.familyties.stats.reduction.ParallelResult}.</li>
 * </ul>
 *
 * The command-line front ends are {@code familyties pca} and {@code familyties efa}.
 */
package org.familyties.stats.reduction;
