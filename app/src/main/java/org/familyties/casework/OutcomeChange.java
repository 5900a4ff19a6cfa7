package org.familyties.casework;

import java.util.Map;

/**
 * Change from intake to closure in one case: for the person in prison the desistance and well-being scores,
 * for each family member the contact frequency and quality. Null where a stage or score is missing.
 */
public record OutcomeChange(long caseId, Integer desistanceChange, Integer wellbeingChange,
                            Map<String, Integer> frequencyChangeByPerson, Map<String, Integer> qualityChangeByPerson) {
}
