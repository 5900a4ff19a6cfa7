package org.familyties.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.familyties.shared.RecordNotFoundException;
import org.familyties.shared.ScopeIds;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referrals into the service, their triage and the waiting list, scoped to the user's prisons. */
@Service
@Transactional(readOnly = true)
public class Referrals {

    public static final String RECORD_TYPE = "Referral";

    private final ReferralRepository referrals;
    private final Cases cases;
    private final People people;
    private final AuditLog auditLog;
    private final Clock clock;

    Referrals(ReferralRepository referrals, Cases cases, People people, AuditLog auditLog, Clock clock) {
        this.referrals = referrals;
        this.cases = cases;
        this.people = people;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Referrals waiting for triage in the user's prisons: urgent first, then oldest first. */
    public List<ReferralView> waitingList(CurrentUser user) {
        List<Referral> waiting = referrals.waiting(ScopeIds.of(user.prisonIds()));
        Map<Long, PersonRecord> names = people.identities(waiting.stream().map(r -> r.personId).collect(Collectors.toSet()));
        return waiting.stream().map(r -> toView(r, names.get(r.personId))).toList();
    }

    public ReferralView view(long id, CurrentUser user) {
        Referral r = load(id, user);
        ReferralView view = toView(r, people.identities(List.of(r.personId)).get(r.personId));
        auditLog.read(RECORD_TYPE, id, r.personId);
        return view;
    }

    @Transactional
    public ReferralView submit(NewReferral input, CurrentUser user) {
        List<FieldProblem> problems = new ArrayList<>();
        var person = people.findInPrisonByNumber(input.prisonNumber(), user);
        if (input.prisonNumber() == null || input.prisonNumber().isBlank()) {
            problems.add(new FieldProblem("prisonNumber", "Enter the prison number of the person in prison, for example A1234BC"));
        } else if (person.isEmpty()) {
            problems.add(new FieldProblem("prisonNumber", "No one with prison number " + input.prisonNumber().trim()
                    + " is held in your prisons; check the number"));
        }
        if (input.source() == null) {
            problems.add(new FieldProblem("source", "Select who made the referral"));
        }
        if (input.reason() == null || input.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "Enter why the family is being referred"));
        }
        if (input.urgency() == null) {
            problems.add(new FieldProblem("urgency", "Select how urgent the referral is"));
        }
        if (input.consent() == null) {
            problems.add(new FieldProblem("consent", "Select whether the family has consented to work with the service"));
        }
        if (input.receivedOn() == null || input.receivedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("receivedOn", "Enter the date the referral was received; it cannot be in the future"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PersonRecord p = person.orElseThrow();
        var open = cases.openCasesFor(p.id());
        if (!open.isEmpty()) {
            throw new DuplicateReferralException(open.get(0).id, p.prisonNumber());
        }
        var waiting = referrals.waitingFor(p.id());
        if (!waiting.isEmpty()) {
            throw InvalidInputException.of("prisonNumber", p.prisonNumber() + " already has a referral waiting for triage "
                    + "(referral " + waiting.get(0).id + "); add to that referral instead of making another");
        }
        Referral saved = referrals.save(new Referral(p.id(), p.currentPrisonId(), input, clock.instant()));
        ReferralView view = toView(saved, p);
        auditLog.changed(AuditAction.CREATE, RECORD_TYPE, saved.id, p.id(), null, AuditDetails.of(null, view));
        return view;
    }

    /** Accepts the referral into a new case, signposts it elsewhere or declines it; each needs a reason. */
    @Transactional
    public ReferralView triage(long id, TriageDecision decision, String reason, Integer version, CurrentUser user) {
        Referral r = load(id, user);
        if (version == null || !version.equals(r.version)) {
            throw new ConflictException("Someone else changed referral " + id + " after you opened it. Nothing was saved: "
                    + "open the referral again and check it before you triage it");
        }
        if (r.status() != ReferralStatus.WAITING) {
            throw new ConflictException("Referral " + id + " has already been triaged (" + r.status().name().toLowerCase() + ")");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new FieldProblem("decision", "Select whether to accept, signpost or decline the referral"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "Enter the reason for your decision"));
        }
        if (decision == TriageDecision.ACCEPT && !r.consent) {
            problems.add(new FieldProblem("decision", "The family has not consented to work with the service, so the "
                    + "referral cannot be accepted; signpost or decline it, or get consent and refer again"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PersonRecord person = people.identities(List.of(r.personId)).get(r.personId);
        ReferralView before = toView(r, person);
        Long caseId = null;
        if (decision == TriageDecision.ACCEPT) {
            var open = cases.openCasesFor(r.personId);
            if (!open.isEmpty()) {
                throw new DuplicateReferralException(open.get(0).id, person.prisonNumber());
            }
            caseId = cases.openFromReferral(r, user);
        }
        ReferralStatus outcome = switch (decision) {
            case ACCEPT -> ReferralStatus.ACCEPTED;
            case SIGNPOST -> ReferralStatus.SIGNPOSTED;
            case DECLINE -> ReferralStatus.DECLINED;
        };
        r.triage(outcome, reason.trim(), caseId, clock.instant());
        ReferralView after = toView(referrals.save(r), person);
        auditLog.changed(AuditAction.UPDATE, RECORD_TYPE, id, r.personId, "triage", AuditDetails.of(before, after));
        return after;
    }

    private Referral load(long id, CurrentUser user) {
        return referrals.findInScope(id, ScopeIds.of(user.prisonIds()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private static ReferralView toView(Referral r, PersonRecord p) {
        return new ReferralView(r.id, r.personId, p == null ? "" : p.fullName(), p == null ? "" : p.prisonNumber(),
                r.prisonId, ReferralSource.valueOf(r.source), r.referrerName, r.reason, Urgency.valueOf(r.urgency),
                r.consent, r.receivedOn, r.status(), r.triageReason, r.caseId, r.version);
    }
}
