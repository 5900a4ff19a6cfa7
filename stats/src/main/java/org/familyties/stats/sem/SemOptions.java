package org.familyties.stats.sem;

import java.util.List;
import java.util.Set;

/**
 * Options of a fit, named as in lavaan. Immutable; change a copy with the {@code with...} methods.
 *
 * @param groupEqual any of {@code loadings}, {@code intercepts}, {@code regressions}, {@code means},
 *                   {@code residuals}, {@code lv.variances}, {@code lv.covariances}, {@code residual.covariances}
 * @param bootstrap  number of bootstrap draws, 0 for none
 * @param information which information matrix the standard errors come from
 */
public record SemOptions(ModelFunction function, MissingData missing, String group, Set<String> groupEqual,
                         boolean stdLv, boolean fixedX, int bootstrap, long seed, Information information) {

    public static final List<String> GROUP_EQUAL_KINDS = List.of("loadings", "intercepts", "regressions", "means",
            "residuals", "lv.variances", "lv.covariances", "residual.covariances");

    public SemOptions {
        groupEqual = Set.copyOf(groupEqual);
        for (String g : groupEqual) {
            if (!GROUP_EQUAL_KINDS.contains(g)) {
                throw new IllegalArgumentException("Unknown group.equal kind '" + g + "'; known: " + String.join(", ", GROUP_EQUAL_KINDS));
            }
        }
        if (information == null) {
            information = Information.DEFAULT;
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap draws must not be negative");
        }
    }

    public static SemOptions defaults() {
        return new SemOptions(ModelFunction.SEM, MissingData.LISTWISE, null, Set.of(), false, true, 0, 0L, Information.DEFAULT);
    }

    public static SemOptions cfa() {
        return defaults().withFunction(ModelFunction.CFA);
    }

    public SemOptions withFunction(ModelFunction f) {
        return new SemOptions(f, missing, group, groupEqual, stdLv, fixedX, bootstrap, seed, information);
    }

    public SemOptions withMissing(MissingData m) {
        return new SemOptions(function, m, group, groupEqual, stdLv, fixedX, bootstrap, seed, information);
    }

    public SemOptions withGroup(String column, Set<String> equal) {
        return new SemOptions(function, missing, column, equal, stdLv, fixedX, bootstrap, seed, information);
    }

    public SemOptions withStdLv(boolean value) {
        return new SemOptions(function, missing, group, groupEqual, value, fixedX, bootstrap, seed, information);
    }

    public SemOptions withFixedX(boolean value) {
        return new SemOptions(function, missing, group, groupEqual, stdLv, value, bootstrap, seed, information);
    }

    public SemOptions withInformation(Information value) {
        return new SemOptions(function, missing, group, groupEqual, stdLv, fixedX, bootstrap, seed, value);
    }

    /** Whether standard errors come from the observed information (numerical Hessian of the analytic gradient). */
    public boolean observedInformation() {
        return information == Information.OBSERVED || information == Information.DEFAULT && missing == MissingData.FIML;
    }

    public SemOptions withBootstrap(int draws, long randomSeed) {
        return new SemOptions(function, missing, group, groupEqual, stdLv, fixedX, draws, randomSeed, information);
    }
}
