package org.familyties.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.casework.PlannedContactInputs.Cancellation;
import org.familyties.casework.PlannedContactInputs.Happened;
import org.familyties.casework.PlannedContactInputs.Plan;
import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts planned on a case: planned, changed (e.g. a child added to a visit), cancelled with a reason, or recorded
 * as happened, which logs the contact. Planning and adding someone to a plan pass the same {@link ContactGuard}s as
 * logging a contact; every change names the version of the plan the user saw, like cases.
 */
@Service
@Transactional(readOnly = true)
public class PlannedContacts {

    public static final String RECORD_TYPE = "PlannedContact";

    private final PlannedContactRepository plans;
    private final Cases cases;
    private final Contacts contacts;
    private final People people;
    private final ContactGuards guards;
    private final AuditLog auditLog;
    private final Clock clock;

    PlannedContacts(PlannedContactRepository plans, Cases cases, Contacts contacts, People people, ContactGuards guards,
                    AuditLog auditLog, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.contacts = contacts;
        this.people = people;
        this.guards = guards;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The case's contacts still planned, soonest first; the view is audited against the person in prison. */
    public List<PlannedContactView> upcoming(long caseId, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        auditLog.read(RECORD_TYPE, "case " + caseId, c.prisonerPersonId);
        return upcoming(c, names(c));
    }

    /** The plans of a case already loaded in scope (the caller audits the view). */
    List<PlannedContactView> upcoming(FamilyCase c, Map<Long, PersonRecord> names) {
        return plans.upcoming(c.id).stream().map(p -> toView(p, names)).toList();
    }

    public PlannedContactView get(long caseId, long planId, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        PlannedContactView view = toView(load(caseId, planId), names(c));
        auditLog.read(RECORD_TYPE, planId, c.prisonerPersonId);
        return view;
    }

    @Transactional
    public PlannedContactView plan(long caseId, Plan input, CurrentUser user) {
        FamilyCase c = openCase(caseId, user);
        validate(c, input);
        PlannedContact p = new PlannedContact();
        p.caseId = caseId;
        p.status = PlannedContactStatus.PLANNED.name();
        p.plannedBy = user.username();
        p.createdAt = clock.instant();
        apply(p, input);
        PlannedContact saved = plans.save(p);
        Map<Long, PersonRecord> names = names(c);
        PlannedContactView view = toView(saved, names);
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, saved.id, c.prisonerPersonId, "case " + caseId,
                AuditDetails.of(null, view));
        guard(c, saved, saved.participantIds(), input.overrideReason(), user);
        return view;
    }

    /**
     * Changes a plan. Family members added to it are checked against restrictions; when the kind, date or
     * facilitation changes, everyone in it is checked again.
     */
    @Transactional
    public PlannedContactView change(long caseId, long planId, Plan input, CurrentUser user) {
        FamilyCase c = openCase(caseId, user);
        PlannedContact p = loadForChange(caseId, planId, input.version());
        validate(c, input);
        Map<Long, PersonRecord> names = names(c);
        PlannedContactView before = toView(p, names);
        Set<Long> previous = new HashSet<>(p.participantIds());
        apply(p, input);
        PlannedContact saved = plans.save(p);
        PlannedContactView after = toView(saved, names);
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, saved.id, c.prisonerPersonId, "case " + caseId,
                AuditDetails.of(before, after));
        boolean sameContact = before.kind() == after.kind() && before.plannedAt().toLocalDate()
                .equals(after.plannedAt().toLocalDate()) && before.facilitated() == after.facilitated();
        List<Long> toCheck = sameContact
                ? saved.participantIds().stream().filter(id -> !previous.contains(id)).toList()
                : saved.participantIds();
        guard(c, saved, toCheck, input.overrideReason(), user);
        return after;
    }

    @Transactional
    public PlannedContactView cancel(long caseId, long planId, Cancellation input, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        PlannedContact p = loadForChange(caseId, planId, input.version());
        if (input.reason() == null || input.reason().isBlank()) {
            throw InvalidInputException.of("reason", "Enter why the contact is cancelled, for example 'Visit cancelled "
                    + "by the prison: lockdown'");
        }
        Map<Long, PersonRecord> names = names(c);
        PlannedContactView before = toView(p, names);
        p.status = PlannedContactStatus.CANCELLED.name();
        p.cancellationReason = input.reason().trim();
        p.updatedAt = clock.instant();
        PlannedContactView after = toView(plans.save(p), names);
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, planId, c.prisonerPersonId, "cancelled: "
                + p.cancellationReason, AuditDetails.of(before, after));
        return after;
    }

    /** Records that the planned contact happened (or, for a visit, why not): the contact is logged and the plan closed. */
    @Transactional
    public ContactView recordHappened(long caseId, long planId, Happened input, CurrentUser user) {
        FamilyCase c = openCase(caseId, user);
        PlannedContact p = loadForChange(caseId, planId, input.version());
        if (input.contact() == null) {
            throw InvalidInputException.of("kind", "Enter the contact as it happened");
        }
        ContactView logged = contacts.log(caseId, input.contact(), input.overrideReason(), planId, user);
        Map<Long, PersonRecord> names = names(c);
        PlannedContactView before = toView(p, names);
        p.status = PlannedContactStatus.RECORDED.name();
        p.contactEventId = logged.id();
        p.updatedAt = clock.instant();
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, planId, c.prisonerPersonId, "recorded as contact "
                + logged.id(), AuditDetails.of(before, toView(plans.save(p), names)));
        return logged;
    }

    private void guard(FamilyCase c, PlannedContact p, List<Long> participants, String overrideReason, CurrentUser user) {
        guards.check(c, new ContactGuards.Subject(ContactCheck.Action.PLANNED, p.id, ContactKind.valueOf(p.kind), null,
                LocalDateTime.ofInstant(p.plannedAt, UkTime.ZONE).toLocalDate(), null, p.facilitated, overrideReason),
                participants, user);
    }

    private void apply(PlannedContact p, Plan input) {
        p.kind = input.kind().name();
        p.plannedAt = input.plannedAt().atZone(UkTime.ZONE).toInstant();
        p.facilitated = Boolean.TRUE.equals(input.facilitated());
        p.note = Cases.blankToNull(input.note());
        p.updatedAt = clock.instant();
        p.participants = input.participantIds().stream().distinct().map(PlannedContact.Participant::new)
                .collect(Collectors.toSet());
    }

    private void validate(FamilyCase c, Plan input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "Select the kind of contact"));
        }
        LocalDateTime now = UkTime.now(clock);
        if (input.plannedAt() == null) {
            problems.add(new FieldProblem("date", "Enter the date the contact is planned for"));
        } else if (input.plannedAt().toLocalDate().isBefore(now.toLocalDate())) {
            problems.add(new FieldProblem("date", "The date is in the past; plan contacts from today on, and log "
                    + "contacts that already happened instead"));
        }
        if (input.participantIds() == null || input.participantIds().isEmpty()) {
            problems.add(new FieldProblem("participantIds", "Select the family members who will take part"));
        } else {
            for (Long id : input.participantIds()) {
                if (id == null || !c.hasClient(id) || id.equals(c.prisonerPersonId)) {
                    problems.add(new FieldProblem("participantIds", "Person " + id + " is not a family member in this "
                            + "case; add them to the case before planning contact with them"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private FamilyCase openCase(long caseId, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        if (!c.status().open()) {
            throw new ConflictException("Case " + caseId + " is closed; contacts cannot be planned on a closed case");
        }
        return c;
    }

    private PlannedContact load(long caseId, long planId) {
        return plans.findByIdAndCaseId(planId, caseId).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, planId));
    }

    private PlannedContact loadForChange(long caseId, long planId, Integer expectedVersion) {
        PlannedContact p = load(caseId, planId);
        if (expectedVersion == null) {
            throw InvalidInputException.of("version", "Send the version of the planned contact you last read, so "
                    + "that changes by others are not overwritten");
        }
        if (!Objects.equals(expectedVersion, p.version)) {
            throw new ConflictException("Someone else changed planned contact " + planId + " after you opened it. "
                    + "Nothing was saved: open it again, check their change, then make yours");
        }
        if (p.status() != PlannedContactStatus.PLANNED) {
            throw new ConflictException("Planned contact " + planId + " is already " + p.status().name().toLowerCase()
                    + " and cannot be changed");
        }
        return p;
    }

    private Map<Long, PersonRecord> names(FamilyCase c) {
        return people.identities(c.clientIds());
    }

    private PlannedContactView toView(PlannedContact p, Map<Long, PersonRecord> names) {
        List<Long> ids = p.participantIds();
        LocalDateTime at = LocalDateTime.ofInstant(p.plannedAt, UkTime.ZONE);
        return new PlannedContactView(p.id, p.caseId, ContactKind.valueOf(p.kind), at, ids,
                ids.stream().map(id -> names.containsKey(id) ? names.get(id).fullName() : "").toList(), p.facilitated,
                p.note, p.status(), p.cancellationReason, p.contactEventId, p.plannedBy,
                p.version == null ? 0 : p.version,
                p.status() == PlannedContactStatus.PLANNED && at.isBefore(UkTime.now(clock)));
    }
}
