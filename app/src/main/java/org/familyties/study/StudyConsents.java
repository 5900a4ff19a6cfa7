package org.familyties.study;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consent, assent and withdrawal of study participants. */
@Service
@Transactional(readOnly = true)
public class StudyConsents {

    static final String CONSENT = "StudyConsent";
    static final String WITHDRAWAL = "StudyWithdrawal";

    private final StudyDesigns designs;
    private final StudyFamilies families;
    private final ConsentStore store;
    private final RecordGate gate;
    private final AuditLog auditLog;
    private final Clock clock;

    StudyConsents(StudyDesigns designs, StudyFamilies families, ConsentStore store, RecordGate gate, AuditLog auditLog,
                  Clock clock) {
        this.designs = designs;
        this.families = families;
        this.store = store;
        this.gate = gate;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<Consent> consents(long studyId, String pseudonym, CurrentUser user) {
        return store.ofParticipant(families.participant(studyId, pseudonym, user).id());
    }

    /** Every consent recorded in a study: what exports must respect (e.g. consent to archiving). */
    public List<Consent> consentsOfStudy(long studyId, CurrentUser user) {
        designs.design(studyId, user);
        return store.ofStudy(studyId);
    }

    /** Why data cannot be entered for a participant at a wave, or empty when it can. */
    public java.util.Optional<String> dataEntryRefusal(long studyId, String pseudonym, long waveId, CurrentUser user) {
        StudyDesign design = designs.design(studyId, user);
        Participant p = families.participant(studyId, pseudonym, user);
        Wave wave = design.wave(waveId).orElseThrow(() -> new org.familyties.shared.RecordNotFoundException("Wave", waveId));
        return gate.refusal(p, design.role(p.roleId()).orElseThrow(), wave);
    }

    @Transactional
    public Consent record(long studyId, String pseudonym, NewConsent consent, CurrentUser user) {
        StudyDesign design = designs.design(studyId, user);
        Participant p = families.participant(studyId, pseudonym, user);
        InformantRole role = design.role(p.roleId()).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (design.wave(consent.waveId()).isEmpty()) {
            problems.add(new FieldProblem("waveId", "Select the wave the consent is for"));
        }
        if (consent.kind() == null) {
            problems.add(new FieldProblem("kind", "Select whether this is consent, assent or a parent's consent"));
        } else if (role.child() == (consent.kind() == ConsentKind.CONSENT)) {
            problems.add(new FieldProblem("kind", role.child()
                    ? "A child gives assent; a parent or carer gives consent for them"
                    : "An adult participant gives consent, not assent"));
        }
        if (consent.kind() == ConsentKind.PARENT_CONSENT && (consent.givenBy() == null || consent.givenBy().isBlank())) {
            problems.add(new FieldProblem("givenBy", "Enter who gave consent for the child, such as mother or carer"));
        }
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        if (consent.givenOn() == null) {
            problems.add(new FieldProblem("givenOn", "Enter the date consent was given"));
        } else if (consent.givenOn().isAfter(today)) {
            problems.add(new FieldProblem("givenOn", "The date consent was given must be today or in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = store.insert(studyId, p.id(), consent, clock.instant().atOffset(ZoneOffset.UTC), user.username());
        auditLog.changed(AuditAction.CREATE, CONSENT, id, null, null, "{\"participant\":\"" + p.pseudonym()
                + "\",\"kind\":\"" + consent.kind() + "\",\"questionnaires\":" + consent.questionnaires()
                + ",\"interview\":" + consent.interview() + ",\"recording\":" + consent.recording()
                + ",\"dataLinkage\":" + consent.dataLinkage() + ",\"archiving\":" + consent.archiving() + "}");
        return new Consent(id, p.id(), consent.waveId(), consent.kind(), consent.givenBy(), consent.givenOn(),
                consent.interview(), consent.questionnaires(), consent.recording(), consent.dataLinkage(),
                consent.archiving());
    }

    /**
     * Records many consents at once (e.g. from a fieldwork log), all-or-nothing: each is checked as
     * {@link #record} checks it; one audit entry lists how many were recorded.
     */
    @Transactional
    public int recordAll(long studyId, Map<String, List<NewConsent>> byPseudonym, CurrentUser user) {
        StudyDesign design = designs.design(studyId, user);
        Map<String, Participant> participants = families.participants(studyId, user).stream()
                .collect(Collectors.toMap(Participant::pseudonym, p -> p));
        List<FieldProblem> problems = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        byPseudonym.forEach((pseudonym, list) -> {
            Participant p = participants.get(pseudonym);
            if (p == null) {
                problems.add(new FieldProblem(pseudonym, "No participant of this study has the id " + pseudonym));
                return;
            }
            InformantRole role = design.role(p.roleId()).orElseThrow();
            for (NewConsent c : list) {
                if (design.wave(c.waveId()).isEmpty() || c.kind() == null || c.givenOn() == null
                        || c.givenOn().isAfter(today) || role.child() == (c.kind() == ConsentKind.CONSENT)) {
                    problems.add(new FieldProblem(pseudonym, "Consent for " + pseudonym + " is not valid for their role"));
                    continue;
                }
                rows.add(new Object[] {studyId, p.id(), c.waveId(), c.kind().name(), c.givenBy(), c.givenOn(),
                        c.interview(), c.questionnaires(), c.recording(), c.dataLinkage(), c.archiving(), now,
                        user.username()});
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.insertAll(rows);
        auditLog.changed(AuditAction.CREATE, CONSENT, "bulk:" + studyId, null, null,
                "{\"consents\":" + rows.size() + "}");
        return rows.size();
    }

    @Transactional
    public Withdrawal withdraw(long studyId, String pseudonym, WithdrawalChoice choice, LocalDate on, CurrentUser user) {
        Participant p = families.participant(studyId, pseudonym, user);
        List<FieldProblem> problems = new ArrayList<>();
        if (choice == null) {
            problems.add(new FieldProblem("choice", "Select what the participant asked for"));
        }
        if (on == null) {
            problems.add(new FieldProblem("withdrawnOn", "Enter the date they withdrew"));
        } else if (on.isAfter(clock.instant().atZone(ZoneOffset.UTC).toLocalDate())) {
            problems.add(new FieldProblem("withdrawnOn", "The date they withdrew must be today or in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var before = store.withdrawal(p.id());
        store.saveWithdrawal(studyId, p.id(), on, choice, clock.instant().atOffset(ZoneOffset.UTC), user.username());
        auditLog.changed(before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, WITHDRAWAL, p.pseudonym(), null,
                null, "{\"choice\":{\"old\":" + Json.quote(before.map(w -> w.choice().name()).orElse(null))
                        + ",\"new\":\"" + choice + "\"}}");
        return new Withdrawal(p.id(), p.pseudonym(), on, choice);
    }

    public java.util.Optional<Withdrawal> withdrawal(long studyId, String pseudonym, CurrentUser user) {
        return store.withdrawal(families.participant(studyId, pseudonym, user).id());
    }

    /** Every withdrawal in a study, by pseudonym: what exports, analysis and retention must respect. */
    public List<Withdrawal> withdrawals(long studyId, CurrentUser user) {
        designs.design(studyId, user);
        return store.withdrawals(studyId);
    }

    /** The pseudonyms whose withdrawal choice is the given one (e.g. REMOVE_DATA for exports to leave out). */
    public Map<String, Withdrawal> withdrawalsWithChoice(long studyId, WithdrawalChoice choice, CurrentUser user) {
        return withdrawals(studyId, user).stream().filter(w -> w.choice() == choice)
                .collect(Collectors.toMap(Withdrawal::pseudonym, w -> w));
    }
}
