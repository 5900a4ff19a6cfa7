package org.familyties.retention;

import java.time.LocalDate;

/**
 * A way to reach a participant, valid from one day up to and including {@code validTo} (null: still valid).
 * For an alternative contact, {@code contactName}, {@code relationship}, {@code organisation} and
 * {@code mayBeTold} say who they are and what they may be told.
 */
public record ContactChannel(long id, String pseudonym, ChannelKind kind, String detail, String contactName,
                             String relationship, String organisation, String mayBeTold, LocalDate validFrom,
                             LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
