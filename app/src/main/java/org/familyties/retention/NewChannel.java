package org.familyties.retention;

import java.time.LocalDate;

/** A contact channel to record; {@code validTo} may be null. */
public record NewChannel(ChannelKind kind, String detail, String contactName, String relationship,
                         String organisation, String mayBeTold, LocalDate validFrom, LocalDate validTo) {
}
