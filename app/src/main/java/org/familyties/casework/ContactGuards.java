package org.familyties.casework;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts logged contacts, planned contacts and enrolments before every {@link ContactGuard}, in the caller's
 * transaction and after the record has its id, so that a refusal rolls the whole change back.
 */
@Component
class ContactGuards {

    private final ObjectProvider<ContactGuard> guards;
    private final People people;

    ContactGuards(ObjectProvider<ContactGuard> guards, People people) {
        this.guards = guards;
        this.people = people;
    }

    /** What is checked besides the case and the participants. */
    record Subject(ContactCheck.Action action, long recordId, ContactKind kind, InterventionKind course, LocalDate on,
                   LocalDate until, boolean facilitated, String overrideReason, Long plannedContactId) {

        Subject(ContactCheck.Action action, long recordId, ContactKind kind, InterventionKind course, LocalDate on,
                LocalDate until, boolean facilitated, String overrideReason) {
            this(action, recordId, kind, course, on, until, facilitated, overrideReason, null);
        }
    }

    void check(FamilyCase c, Subject subject, Collection<Long> participantIds, CurrentUser user) {
        if (participantIds.isEmpty()) {
            return;
        }
        Set<Long> ids = participantIds.stream().collect(Collectors.toSet());
        ids.add(c.prisonerPersonId);
        Map<Long, PersonRecord> names = people.identities(ids);
        List<ContactCheck.Participant> participants = participantIds.stream().distinct().sorted()
                .map(id -> new ContactCheck.Participant(id, names.get(id).fullName(), names.get(id).dateOfBirth(),
                        c.client(id).map(CaseClient::relationToPrisoner).map(FamilyRole::valueOf).orElse(null)))
                .toList();
        ContactCheck check = new ContactCheck(subject.action(), c.id, c.prisonId, c.prisonerPersonId,
                names.get(c.prisonerPersonId).fullName(), subject.recordId(), subject.kind(), subject.course(),
                subject.on(), subject.until(), subject.facilitated(), participants, subject.overrideReason(),
                subject.plannedContactId());
        guards.orderedStream().forEach(g -> g.check(check, user));
    }
}
