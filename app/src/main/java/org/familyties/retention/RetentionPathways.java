package org.familyties.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.familyties.audit.AuditLog;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.study.Participant;
import org.familyties.study.StudyFamilies;
import org.familyties.study.Wave;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Retention pathways of participants and families; for data managers, each view audited. */
@Service
@Transactional(readOnly = true)
public class RetentionPathways {

    static final String RECORD_TYPE = "RetentionPathway";

    private final RetentionFacts facts;
    private final StudyFamilies families;
    private final AuditLog auditLog;

    RetentionPathways(RetentionFacts facts, StudyFamilies families, AuditLog auditLog) {
        this.facts = facts;
        this.families = families;
        this.auditLog = auditLog;
    }

    public Pathway pathway(long studyId, String pseudonym, CurrentUser user) {
        ParticipantTracing.requireIdentityAccess(user);
        Participant p = families.participant(studyId, pseudonym, user);
        auditLog.read(RECORD_TYPE, p.pseudonym(), null);
        return pathway(facts.load(studyId, user), p);
    }

    /** Every member's pathway, on one shared time axis. */
    public List<Pathway> familyPathways(long studyId, long familyId, CurrentUser user) {
        ParticipantTracing.requireIdentityAccess(user);
        List<Participant> members = families.members(studyId, familyId, user);
        if (members.isEmpty()) {
            throw new RecordNotFoundException("StudyFamily", familyId);
        }
        StudyFacts all = facts.load(studyId, user);
        List<Pathway> pathways = members.stream().map(p -> {
            auditLog.read(RECORD_TYPE, p.pseudonym(), null);
            return pathway(all, p);
        }).toList();
        LocalDate from = pathways.stream().map(Pathway::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = pathways.stream().map(Pathway::to).max(LocalDate::compareTo).orElseThrow();
        return pathways.stream().map(w -> new Pathway(w.pseudonym(), w.roleName(), w.familyCode(), w.familyId(), from, to,
                w.today(), w.waves(), w.places(), w.attempts())).toList();
    }

    static Pathway pathway(StudyFacts all, Participant p) {
        List<Pathway.WaveStep> waves = new ArrayList<>();
        for (Wave wave : all.design.waves()) {
            var window = all.window(p, wave);
            waves.add(new Pathway.WaveStep(wave.id(), wave.name(), wave.position(),
                    window.map(w -> w.start()).orElse(null), window.map(w -> w.end()).orElse(null), all.outcome(p, wave)));
        }
        List<Pathway.PlaceSpan> places = all.locations(p).stream()
                .map(l -> new Pathway.PlaceSpan(l.kind(), l.areaLabel(), l.movedIn(), l.movedOut())).toList();
        List<Pathway.AttemptMark> attempts = all.attempts(p).stream()
                .map(a -> new Pathway.AttemptMark(a.attemptedAt().toLocalDate(), a.channelKind(), a.outcome(),
                        all.design.wave(a.waveId()).map(Wave::name).orElse(""))).toList();
        LocalDate from = Stream.of(waves.stream().map(Pathway.WaveStep::opens), places.stream().map(Pathway.PlaceSpan::from),
                        attempts.stream().map(Pathway.AttemptMark::on)).flatMap(s -> s)
                .filter(d -> d != null).min(LocalDate::compareTo).orElse(all.today.minusYears(1));
        LocalDate to = Stream.of(waves.stream().map(Pathway.WaveStep::closes), Stream.of(all.today)).flatMap(s -> s)
                .filter(d -> d != null).max(LocalDate::compareTo).orElse(all.today);
        return new Pathway(p.pseudonym(), all.role(p).name(), all.family(p).code(), p.familyId(), from, to, all.today,
                waves, places, attempts);
    }
}
