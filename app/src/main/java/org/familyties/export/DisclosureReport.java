package org.familyties.export;

import java.util.Map;

/**
 * Before/after account of disclosure control applied to a data set.
 *
 * @param before               risk of the data as given
 * @param afterRecoding        risk after global recoding, before local suppression
 * @param after                risk of the released data
 * @param suppressedValues     quasi-identifier values set to missing by local suppression
 * @param suppressedShare      suppressed values as a share of all quasi-identifier cells
 * @param suppressedByVariable suppressed values per quasi-identifier, in declared order
 * @param recodingLoss         per recoded variable, 1 - (distinct non-missing values after / before)
 */
public record DisclosureReport(RiskReport before, RiskReport afterRecoding, RiskReport after, int suppressedValues,
        double suppressedShare, Map<String, Integer> suppressedByVariable, Map<String, Double> recodingLoss) {
}
