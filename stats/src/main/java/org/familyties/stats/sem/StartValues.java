package org.familyties.stats.sem;

import java.util.List;

import org.familyties.stats.sem.model.Parameter;
import org.familyties.stats.sem.model.ParameterTable;

/**
 * Start values: residual variances half the observed variance, latent variances and loadings from the
 * covariances with the first (marker) indicator assuming reliability one half, regressions and covariances 0,
 * intercepts the sample means. User {@code start()} values win.
 */
final class StartValues {

    private StartValues() {
    }

    static void fill(ParameterTable table, List<double[][]> moments, boolean stdLv) {
        int p = table.observed().size();
        for (int g = 1; g <= table.groups(); g++) {
            double[] mean = moments.get(g - 1)[0];
            double[] s = moments.get(g - 1)[1];
            for (String lv : table.latent()) {
                Parameter marker = null;
                for (Parameter par : table.rows()) {
                    if (par.group() == g && par.op().equals(Parameter.LOADING) && par.lhs().equals(lv)
                            && table.observed().contains(par.rhs())) {
                        marker = par;
                        break;
                    }
                }
                double psi = 0.05;
                double lambdaR = 1;
                int r = -1;
                if (marker != null) {
                    r = table.indexOf(marker.rhs());
                    double srr = s[r * p + r];
                    if (stdLv) {
                        psi = 1;
                        lambdaR = marker.isFree() ? Math.sqrt(0.5 * srr) : marker.value();
                    } else {
                        lambdaR = marker.isFree() ? 1 : marker.value();
                        psi = lambdaR == 0 ? 0.05 : Math.max(0.05 * srr, 0.5 * srr / (lambdaR * lambdaR));
                    }
                    if (marker.isFree() && Double.isNaN(marker.start())) {
                        table.setStart(marker, lambdaR);
                    }
                }
                for (Parameter par : table.rows()) {
                    if (par.group() != g || !par.isFree() || !Double.isNaN(par.start())) {
                        continue;
                    }
                    if (par.op().equals(Parameter.LOADING) && par.lhs().equals(lv)) {
                        int j = table.indexOf(par.rhs());
                        double v = 1;
                        if (r >= 0 && j < p) {
                            double sjr = s[j * p + r];
                            v = stdLv ? Math.copySign(Math.sqrt(0.5 * s[j * p + j]), sjr == 0 ? 1 : sjr)
                                    : sjr / (lambdaR * psi);
                            if (!Double.isFinite(v)) {
                                v = 1;
                            }
                        }
                        table.setStart(par, v);
                    } else if (par.op().equals(Parameter.COVARIANCE) && par.lhs().equals(lv) && par.rhs().equals(lv)) {
                        table.setStart(par, psi);
                    }
                }
            }
            for (Parameter par : table.rows()) {
                if (par.group() != g || !par.isFree() || !Double.isNaN(par.start())) {
                    continue;
                }
                int l = table.indexOf(par.lhs());
                double v = 0;
                if (par.op().equals(Parameter.COVARIANCE) && par.lhs().equals(par.rhs()) && l < p) {
                    v = 0.5 * s[l * p + l];
                } else if (par.op().equals(Parameter.INTERCEPT) && l < p) {
                    v = mean[l];
                } else if (par.op().equals(Parameter.LOADING)) {
                    v = 1;
                }
                table.setStart(par, v);
            }
        }
    }
}
