package org.familyties.stats.sem;

import java.util.List;

/**
 * An immutable fitted model.
 *
 * @param groupLabels   the values of the group column in order of first appearance (one unnamed group otherwise)
 * @param nObserved     cases used per group
 * @param nTotalRows    rows in the data (per group, before deletion of incomplete cases)
 * @param patterns      missingness patterns of the cases used (one per group for complete data)
 * @param rSquare       R² of the endogenous variables per group, observed ones first
 */
public record SemResult(List<ParameterEstimate> parameters, FitMeasures fit, List<String> warnings, boolean converged,
                        int iterations, List<String> groupLabels, List<Integer> nObserved, List<Integer> nTotalRows,
                        List<MissingPattern> patterns, SemOptions options, List<String> observed, List<String> latent,
                        int bootstrapDraws, List<RSquare> rSquare) {

    public SemResult {
        parameters = List.copyOf(parameters);
        warnings = List.copyOf(warnings);
        groupLabels = List.copyOf(groupLabels);
        nObserved = List.copyOf(nObserved);
        nTotalRows = List.copyOf(nTotalRows);
        patterns = List.copyOf(patterns);
        observed = List.copyOf(observed);
        latent = List.copyOf(latent);
        rSquare = List.copyOf(rSquare);
    }

    /** The first row matching lhs, op, rhs in group 1 (or the defined parameter); ~~ matches either order. */
    public ParameterEstimate parameter(String lhs, String op, String rhs) {
        return parameter(lhs, op, rhs, 1);
    }

    public ParameterEstimate parameter(String lhs, String op, String rhs, int group) {
        for (ParameterEstimate p : parameters) {
            if (!p.op().equals(op) || (p.group() != group && !op.equals(":="))) {
                continue;
            }
            if (p.lhs().equals(lhs) && p.rhs().equals(rhs)
                    || op.equals("~~") && p.lhs().equals(rhs) && p.rhs().equals(lhs)
                    || op.equals(":=") && p.lhs().equals(lhs)) {
                return p;
            }
        }
        throw new IllegalArgumentException("No parameter " + lhs + " " + op + " " + rhs + " in group " + group);
    }
}
