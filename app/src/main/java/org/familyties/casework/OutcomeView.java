package org.familyties.casework;

import java.time.LocalDate;

/** One client's measures at one stage. */
public record OutcomeView(long personId, String personName, OutcomeStage stage, LocalDate measuredOn,
                          Integer contactFrequency, Integer contactQuality, Integer desistanceScore,
                          Integer wellbeingScore) {
}
