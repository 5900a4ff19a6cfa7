package org.familyties.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.people.People;
import org.familyties.people.PersonRecord;
import org.familyties.shared.AuditDetails;
import org.familyties.shared.ConflictException;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The family contact log of a case, and contact restrictions, scoped through the case. */
@Service
@Transactional(readOnly = true)
public class Contacts {

    public static final String RECORD_TYPE = "Contact";
    /** Contact times are entered and shown in UK local time. */

    private final ContactEventRepository contacts;
    private final ContactRestrictionRepository restrictions;
    private final Cases cases;
    private final People people;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ContactGuards guards;
    private final JdbcClient jdbc;
    private final CaseRecords records;

    Contacts(ContactEventRepository contacts, ContactRestrictionRepository restrictions, Cases cases, People people,
             AuditLog auditLog, Clock clock, ContactGuards guards, JdbcClient jdbc, CaseRecords records) {
        this.records = records;
        this.guards = guards;
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.restrictions = restrictions;
        this.cases = cases;
        this.people = people;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Contacts per page of the contact log (page and API). */
    public static final int PAGE_SIZE = 25;

    /** All the case's contacts, newest first; the view is audited against the person in prison. */
    public List<ContactView> forCase(long caseId, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        Map<Long, PersonRecord> names = people.identities(c.clientIds());
        auditLog.read(RECORD_TYPE, "case " + caseId, c.prisonerPersonId);
        return events(caseId, null, 0).stream().map(e -> toView(e, names)).toList();
    }

    /**
     * One page of the case's contacts, newest first, starting after the cursor {@code after} (null for the
     * first page); the view is audited against the person in prison.
     */
    public ContactPage page(long caseId, String after, CurrentUser user) {
        Keyset.TimeKey from = Keyset.time(after);
        FamilyCase c = cases.load(caseId, user);
        auditLog.read(RECORD_TYPE, "case " + caseId, c.prisonerPersonId);
        return page(c, from, people.identities(c.clientIds()));
    }

    /** A page of a case already loaded in scope (the caller audits the view). */
    ContactPage page(FamilyCase c, Keyset.TimeKey from, Map<Long, PersonRecord> names) {
        List<ContactEvent> events = events(c.id, from, PAGE_SIZE + 1);
        String next = null;
        if (events.size() > PAGE_SIZE) {
            events = events.subList(0, PAGE_SIZE);
            ContactEvent last = events.get(PAGE_SIZE - 1);
            next = Keyset.of(last.occurredAt(), last.id());
        }
        return new ContactPage(events.stream().map(e -> toView(e, names)).toList(), next);
    }

    /** The events with their participants in two queries (not one query per event). */
    private List<ContactEvent> events(long caseId, Keyset.TimeKey after, int limit) {
        String sql = "select id, kind, occurred_at, duration_minutes, facilitated, quality, outcome, note, recorded_by, "
                + "created_at from contact_event where case_id = :c"
                + (after == null ? "" : " and (occurred_at < :t or (occurred_at = :t and id < :id))")
                + " order by occurred_at desc, id desc" + (limit > 0 ? " limit " + limit : "");
        var spec = jdbc.sql(sql).param("c", caseId);
        if (after != null) {
            spec = spec.param("t", after.at().atOffset(java.time.ZoneOffset.UTC)).param("id", after.id());
        }
        List<ContactEvent> rows = spec.query((rs, n) -> new ContactEvent(rs.getLong(1), caseId, rs.getString(2),
                rs.getObject(3, java.time.OffsetDateTime.class).toInstant(), (Integer) rs.getObject(4, Integer.class),
                rs.getBoolean(5), rs.getObject(6, Integer.class), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, java.time.OffsetDateTime.class).toInstant(), new HashSet<>())).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, ContactEvent> byId = new java.util.HashMap<>();
        rows.forEach(e -> byId.put(e.id(), e));
        jdbc.sql("select contact_event_id, person_id from contact_participant where contact_event_id in (:ids)")
                .param("ids", List.copyOf(byId.keySet()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()
                .forEach(p -> byId.get(p[0]).participants().add(new ContactEvent.Participant(p[1])));
        return rows;
    }

    @Transactional
    public ContactView log(long caseId, ContactInput input, CurrentUser user) {
        return log(caseId, input, null, user);
    }

    /**
     * Logs a contact; every {@link ContactGuard} checks it before it is kept (and may refuse it).
     * {@code overrideReason} asks for a restriction that would refuse it to be overridden.
     */
    @Transactional
    public ContactView log(long caseId, ContactInput input, String overrideReason, CurrentUser user) {
        return log(caseId, input, overrideReason, null, user);
    }

    /** Logs a contact that was planned as {@code plannedContactId} (or null when it was not planned). */
    ContactView log(long caseId, ContactInput input, String overrideReason, Long plannedContactId, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        if (!c.status().open()) {
            throw new ConflictException("Case " + caseId + " is closed; contacts cannot be added to a closed case");
        }
        Map<Long, PersonRecord> names = people.identities(c.clientIds());
        List<FieldProblem> problems = validate(c, input, names);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ContactOutcome outcome = input.outcome() == null ? ContactOutcome.HAPPENED : input.outcome();
        Set<ContactEvent.Participant> participants = input.participantIds().stream().distinct()
                .map(ContactEvent.Participant::new).collect(Collectors.toSet());
        ContactEvent saved = contacts.save(new ContactEvent(null, caseId, input.kind().name(),
                input.occurredAt().atZone(UkTime.ZONE).toInstant(), input.durationMinutes(),
                Boolean.TRUE.equals(input.facilitated()), outcome == ContactOutcome.HAPPENED ? input.quality() : null,
                outcome.name(), Cases.blankToNull(input.note()), user.username(), clock.instant(), participants));
        ContactView view = toView(saved, names);
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, saved.id(), c.prisonerPersonId, "case " + caseId,
                AuditDetails.of(null, view));
        if (outcome == ContactOutcome.HAPPENED) {
            guard(c, saved, input, overrideReason, plannedContactId, user);
        }
        return view;
    }

    /** Only contact that happened can break a restriction; a visit that did not happen is a record, not contact. */
    private void guard(FamilyCase c, ContactEvent saved, ContactInput input, String overrideReason, Long plannedContactId,
                       CurrentUser user) {
        guards.check(c, new ContactGuards.Subject(ContactCheck.Action.LOGGED, saved.id(), input.kind(), null,
                input.occurredAt().toLocalDate(), null, Boolean.TRUE.equals(input.facilitated()), overrideReason,
                plannedContactId),
                saved.participants().stream().map(ContactEvent.Participant::personId).toList(), user);
    }

    private List<FieldProblem> validate(FamilyCase c, ContactInput input, Map<Long, PersonRecord> names) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "Select the kind of contact"));
        }
        LocalDateTime now = UkTime.now(clock);
        if (input.occurredAt() == null) {
            problems.add(new FieldProblem("date", "Enter the date of the contact"));
        } else if (input.occurredAt().isAfter(now)) {
            problems.add(new FieldProblem("date", "The contact date is in the future; log contacts after they happen"));
        }
        if (input.participantIds() == null || input.participantIds().isEmpty()) {
            problems.add(new FieldProblem("participantIds", "Select the family members who took part"));
        } else {
            for (Long id : input.participantIds()) {
                if (id == null || !c.hasClient(id) || id.equals(c.prisonerPersonId)) {
                    problems.add(new FieldProblem("participantIds", "Person " + id + " is not a family member in this "
                            + "case; add them to the case before logging contact with them"));
                }
            }
        }
        if (input.durationMinutes() != null && (input.durationMinutes() < 1 || input.durationMinutes() > 600)) {
            problems.add(new FieldProblem("durationMinutes", "Enter the duration in minutes, between 1 and 600"));
        }
        if (input.quality() != null && (input.quality() < 1 || input.quality() > 5)) {
            problems.add(new FieldProblem("quality", "Rate the quality from 1 (poor) to 5 (very good)"));
        }
        if (input.kind() != null && !input.kind().visit() && input.outcome() != null
                && input.outcome() != ContactOutcome.HAPPENED) {
            problems.add(new FieldProblem("outcome", "Only visits have an outcome for not happening; for calls, letters "
                    + "and messages log only contact that happened"));
        }
        if (input.kind() != null && input.kind().visit() && input.outcome() == null) {
            problems.add(new FieldProblem("outcome", "Select whether the visit happened, and if not, why not"));
        }
        return problems;
    }

    /** Contacts that happened per family member per month, over the last {@code months} months. */
    public ContactFrequency frequency(long caseId, int months, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        return frequency(c, months, people.identities(c.clientIds()));
    }

    ContactFrequency frequency(FamilyCase c, int months, Map<Long, PersonRecord> names) {
        long caseId = c.id;
        YearMonth last = YearMonth.now(clock.withZone(UkTime.ZONE));
        List<YearMonth> axis = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            axis.add(last.minusMonths(i));
        }
        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        c.clients.stream().filter(cl -> ClientRole.FAMILY_MEMBER.name().equals(cl.role()))
                .sorted(java.util.Comparator.comparing(CaseClient::personId))
                .forEach(cl -> counts.put(names.get(cl.personId()).fullName(),
                        new ArrayList<>(java.util.Collections.nCopies(months, 0))));
        var since = axis.get(0).atDay(1).atStartOfDay(UkTime.ZONE).toOffsetDateTime();
        jdbc.sql("select e.occurred_at, p.person_id from contact_event e join contact_participant p "
                        + "on p.contact_event_id = e.id where e.case_id = :c and e.outcome = 'HAPPENED' and e.occurred_at >= :since")
                .param("c", caseId).param("since", since)
                .query((rs, n) -> {
                    int index = axis.indexOf(YearMonth.from(rs.getObject(1, java.time.OffsetDateTime.class)
                            .atZoneSameInstant(UkTime.ZONE)));
                    PersonRecord person = names.get(rs.getLong(2));
                    List<Integer> series = person == null ? null : counts.get(person.fullName());
                    if (index >= 0 && series != null) {
                        series.set(index, series.get(index) + 1);
                    }
                    return index;
                }).list();
        return new ContactFrequency(axis, counts);
    }

    public List<RestrictionView> restrictions(long caseId, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        return restrictions(c, people.identities(c.clientIds()));
    }

    List<RestrictionView> restrictions(FamilyCase c, Map<Long, PersonRecord> names) {
        return records.restrictions(c.id).stream().map(r -> toView(r, names)).toList();
    }

    /** Records that contact was stopped, or made conditional on the prisoner's incentives level. */
    @Transactional
    public RestrictionView restrict(long caseId, RestrictionInput input, CurrentUser user) {
        FamilyCase c = cases.load(caseId, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (input.kind() == null) {
            problems.add(new FieldProblem("kind", "Select whether contact was stopped or made conditional"));
        }
        if (input.kind() == RestrictionKind.CONDITIONAL_ON_INCENTIVES && input.incentiveLevel() == null) {
            problems.add(new FieldProblem("incentiveLevel", "Select the incentives level the contact depends on"));
        }
        if (input.personId() != null && (!c.hasClient(input.personId()) || input.personId().equals(c.prisonerPersonId))) {
            problems.add(new FieldProblem("personId", "Choose a family member in this case, or leave blank for all the family"));
        }
        LocalDate today = UkTime.today(clock);
        if (input.startedOn() == null || input.startedOn().isAfter(today)) {
            problems.add(new FieldProblem("startedOn", "Enter the date the restriction started; it cannot be in the future"));
        }
        if (input.startedOn() != null && input.endedOn() != null && input.endedOn().isBefore(input.startedOn())) {
            problems.add(new FieldProblem("endedOn", "The end date is before the start date"));
        }
        if (input.reason() == null || input.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Enter the reason given for the restriction"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ContactRestriction saved = restrictions.save(new ContactRestriction(null, caseId, input.personId(),
                input.kind().name(), input.incentiveLevel() == null ? null : input.incentiveLevel().name(),
                input.startedOn(), input.endedOn(), input.reason().trim(), user.username(), clock.instant()));
        RestrictionView view = toView(saved, people.identities(c.clientIds()));
        auditLog.changed(AuditAction.CREATE, "ContactRestriction", saved.id(), c.prisonerPersonId, "case " + caseId,
                AuditDetails.of(null, view));
        return view;
    }

    private static ContactView toView(ContactEvent e, Map<Long, PersonRecord> names) {
        List<Long> ids = e.participants().stream().map(ContactEvent.Participant::personId).sorted().toList();
        return new ContactView(e.id(), ContactKind.valueOf(e.kind()), LocalDateTime.ofInstant(e.occurredAt(), UkTime.ZONE), ids,
                ids.stream().map(id -> names.containsKey(id) ? names.get(id).fullName() : "").toList(),
                e.durationMinutes(), e.facilitated(), e.quality(), ContactOutcome.valueOf(e.outcome()), e.note(),
                e.recordedBy());
    }

    private static RestrictionView toView(ContactRestriction r, Map<Long, PersonRecord> names) {
        return new RestrictionView(r.id(), r.personId(), r.personId() == null ? null : names.get(r.personId()).fullName(),
                RestrictionKind.valueOf(r.kind()), r.incentiveLevel() == null ? null : IncentiveLevel.valueOf(r.incentiveLevel()),
                r.startedOn(), r.endedOn(), r.reason(), r.recordedBy());
    }
}
