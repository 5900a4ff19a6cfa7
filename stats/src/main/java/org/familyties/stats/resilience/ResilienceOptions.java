package org.familyties.stats.resilience;

import java.util.List;

/**
 * Settings of the residual method.
 *
 * @param covariates further predictors besides adversity (their effect is taken out of the outcome too)
 * @param problemOutcome true when higher outcome values are worse (e.g. antisocial behaviour); the residual's sign
 *     is then flipped so that doing better than expected is always positive
 * @param resilientAt a score at or above this many standard deviations is {@link ResilienceClass#RESILIENT}
 * @param vulnerableAt a score at or below this is {@link ResilienceClass#VULNERABLE}; in between is
 *     {@link ResilienceClass#EXPECTED}
 */
public record ResilienceOptions(List<String> covariates, boolean problemOutcome, double resilientAt,
        double vulnerableAt) {

    public static final double DEFAULT_RESILIENT_AT = 1.0;
    public static final double DEFAULT_VULNERABLE_AT = -1.0;

    public ResilienceOptions {
        covariates = List.copyOf(covariates);
        if (!(vulnerableAt < resilientAt)) {
            throw new IllegalArgumentException("The vulnerable threshold must lie below the resilient threshold");
        }
    }

    public static ResilienceOptions defaults(boolean problemOutcome) {
        return new ResilienceOptions(List.of(), problemOutcome, DEFAULT_RESILIENT_AT, DEFAULT_VULNERABLE_AT);
    }

    public ResilienceClass classify(double score) {
        if (score >= resilientAt) {
            return ResilienceClass.RESILIENT;
        }
        if (score <= vulnerableAt) {
            return ResilienceClass.VULNERABLE;
        }
        return ResilienceClass.EXPECTED;
    }
}
