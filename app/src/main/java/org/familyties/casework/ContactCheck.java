package org.familyties.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact about to be kept, planned, or made possible by an enrolment, as a {@link ContactGuard} sees it.
 *
 * @param action what is being done: a contact logged, a contact planned, or a family member enrolled on a course
 *               where they meet the person in prison
 * @param recordId the id the contact, planned contact or enrolment will keep if no guard refuses it
 * @param kind the kind of contact; for an enrolment on a course other than a family day, a facilitated visit
 * @param on the (UK) first day of the contact
 * @param until the (UK) last day of the contact, inclusive: the same as {@code on} except for a course
 * @param course the course's kind, for an enrolment; null otherwise
 * @param overrideReason why the user asks for a restriction to be overridden; null or blank when not asked
 * @param plannedContactId for a contact logged as a planned contact having happened, that plan: what was
 *                         overridden when it was planned need not be overridden again; null otherwise
 */
public record ContactCheck(Action action, long caseId, long prisonId, long prisonerPersonId, String prisonerName,
                           long recordId, ContactKind kind, InterventionKind course, LocalDate on, LocalDate until,
                           boolean facilitated, List<Participant> participants, String overrideReason,
                           Long plannedContactId) {

    public ContactCheck {
        participants = List.copyOf(participants);
        if (until == null) {
            until = on;
        }
    }

    /** A contact being logged, on one day. */
    public ContactCheck(long caseId, long prisonId, long prisonerPersonId, String prisonerName, long contactEventId,
                        ContactKind kind, LocalDate on, boolean facilitated, List<Participant> participants,
                        String overrideReason) {
        this(Action.LOGGED, caseId, prisonId, prisonerPersonId, prisonerName, contactEventId, kind, null, on, on,
                facilitated, participants, overrideReason, null);
    }

    /** The logged contact's id; null when the check is about a plan or an enrolment. */
    public Long contactEventId() {
        return action == Action.LOGGED ? recordId : null;
    }

    /** What the user is doing that would bring the person in prison and family members together. */
    public enum Action {
        LOGGED,
        PLANNED,
        ENROLLED
    }

    /** A family member taking part, with the date of birth (if known) that decides whether they are a child. */
    public record Participant(long personId, String name, LocalDate dateOfBirth, FamilyRole relationToPrisoner) {
    }
}
