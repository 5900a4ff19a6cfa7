package org.familyties.stats.resilience;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Resilience by the residual method: the outcome regressed on adversity (and covariates) by OLS over the complete
 * rows, each person's standardised residual as the score.
 *
 * @param coefficients intercept, adversity, then covariates
 * @param persons complete rows only
 * @param families empty unless a family column was given
 */
public record ResilienceResult(String outcome, ResilienceOptions options, int n, int rowsDropped,
        List<Coefficient> coefficients, double rSquared, double residualSd, List<PersonResilience> persons,
        List<FamilyResilience> families) {

    public ResilienceResult {
        coefficients = List.copyOf(coefficients);
        persons = List.copyOf(persons);
        families = List.copyOf(families);
    }

    public Map<ResilienceClass, Integer> classCounts() {
        Map<ResilienceClass, Integer> counts = new EnumMap<>(ResilienceClass.class);
        for (ResilienceClass c : ResilienceClass.values()) {
            counts.put(c, 0);
        }
        persons.forEach(p -> counts.merge(p.classification(), 1, Integer::sum));
        return counts;
    }
}
