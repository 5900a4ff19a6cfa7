package org.familyties.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * Outcomes measured at one stage: for each family member, contact frequency (0-4) and quality (1-5); for
 * the person in prison, the three intention-to-desist items (1-5) and the five WHO-5 items (0-5).
 */
public record OutcomeInput(OutcomeStage stage, LocalDate measuredOn, List<FamilyContact> family,
                           List<Integer> desistanceItems, List<Integer> wellbeingItems) {

    public record FamilyContact(Long personId, Integer frequency, Integer quality) {
    }
}
