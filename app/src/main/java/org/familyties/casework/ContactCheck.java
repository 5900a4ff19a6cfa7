package org.familyties.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact about to be kept, as a {@link ContactGuard} sees it.
 *
 * @param contactEventId the id the contact will keep if no guard refuses it
 * @param on the (UK) date of the contact
 * @param overrideReason why the user asks for a restriction to be overridden; null or blank when not asked
 */
public record ContactCheck(long caseId, long prisonId, long prisonerPersonId, String prisonerName, long contactEventId,
                           ContactKind kind, LocalDate on, boolean facilitated, List<Participant> participants,
                           String overrideReason) {

    public ContactCheck {
        participants = List.copyOf(participants);
    }

    /** A family member taking part, with the date of birth (if known) that decides whether they are a child. */
    public record Participant(long personId, String name, LocalDate dateOfBirth, FamilyRole relationToPrisoner) {
    }
}
