package org.familyties.stats.sem;

import org.familyties.stats.sem.estimate.RamModel;
import org.familyties.stats.sem.model.Parameter;
import org.familyties.stats.sem.model.ParameterTable;

/**
 * lavaan's std.lv (latent variables scaled to variance 1) and std.all (all variables scaled) values.
 * Covariances between different variables are scaled by the (residual) variances of both, as lavaan's
 * default {@code cov.std = TRUE}.
 */
final class Standardizer {

    private final ParameterTable table;
    private final RamModel.Implied[] implied;
    private final int p;

    Standardizer(ParameterTable table, RamModel ram, double[] theta) {
        this.table = table;
        this.p = table.observed().size();
        implied = new RamModel.Implied[table.groups()];
        for (int g = 0; g < table.groups(); g++) {
            implied[g] = ram.implied(g, theta);
        }
    }

    /** {std.lv, std.all} of one (non-defined) row with estimate est. */
    double[] of(Parameter par, double est) {
        RamModel.Implied im = implied[par.group() - 1];
        if (im == null) {
            return new double[] {Double.NaN, Double.NaN};
        }
        int k = im.k();
        int l = table.indexOf(par.lhs());
        switch (par.op()) {
            case Parameter.LOADING, Parameter.REGRESSION -> {
                int r = table.indexOf(par.rhs());
                int from = par.op().equals(Parameter.LOADING) ? l : r;
                int to = par.op().equals(Parameter.LOADING) ? r : l;
                return new double[] {est * sdLv(im, from) / sdLv(im, to), est * sd(im, from) / sd(im, to)};
            }
            case Parameter.COVARIANCE -> {
                int r = table.indexOf(par.rhs());
                if (l == r) {
                    return new double[] {est / (sdLv(im, l) * sdLv(im, l)), est / (sd(im, l) * sd(im, l))};
                }
                double rl = Math.sqrt(im.s()[l * k + l]);
                double rr = Math.sqrt(im.s()[r * k + r]);
                boolean bothLatent = l >= p && r >= p;
                double lv = bothLatent ? est / (rl * rr) : est / (sdLv(im, l) * sdLv(im, r));
                return new double[] {lv, est / (rl * rr)};
            }
            case Parameter.INTERCEPT -> {
                return new double[] {est / sdLv(im, l), est / sd(im, l)};
            }
            default -> {
                return new double[] {Double.NaN, Double.NaN};
            }
        }
    }

    private double sd(RamModel.Implied im, int v) {
        return Math.sqrt(im.omega()[v * im.k() + v]);
    }

    private double sdLv(RamModel.Implied im, int v) {
        return v >= p ? sd(im, v) : 1.0;
    }
}
