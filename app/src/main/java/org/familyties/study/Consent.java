package org.familyties.study;

import java.time.LocalDate;

/** What a participant (or a child's parent or carer) agreed to at a wave. */
public record Consent(long id, long participantId, long waveId, ConsentKind kind, String givenBy, LocalDate givenOn,
                      boolean interview, boolean questionnaires, boolean recording, boolean dataLinkage,
                      boolean archiving) {
}
