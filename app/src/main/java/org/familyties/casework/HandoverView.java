package org.familyties.casework;

import java.time.LocalDate;

/** A case handed over on release: to whom, when, and the handover note. */
public record HandoverView(LocalDate releasedOn, HandoverTo handedToKind, String handedTo, LocalDate handedOverOn,
                           String note, String recordedBy) {
}
