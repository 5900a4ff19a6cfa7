package org.familyties.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.familyties.audit.AuditAction;
import org.familyties.audit.AuditLog;
import org.familyties.shared.CurrentUser;
import org.familyties.shared.FieldProblem;
import org.familyties.shared.InvalidInputException;
import org.familyties.shared.RecordNotFoundException;
import org.familyties.study.Participant;
import org.familyties.study.StudyDesigns;
import org.familyties.study.Wave;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to contact next for a wave, and how: every participant still to be interviewed in an open or coming
 * window, ordered by {@link PriorityScore} with the study's weights. Left off: those interviewed this
 * wave, withdrawn, deceased, ineligible or refusing, whose window closed, or marked untraceable this wave.
 */
@Service
@Transactional(readOnly = true)
public class TracingWorklist {

    static final String WEIGHTS = "PriorityWeights";

    private static final Set<WaveOutcome> OFF_THE_LIST = EnumSet.of(WaveOutcome.COMPLETED, WaveOutcome.PARTIAL,
            WaveOutcome.WITHDRAWN, WaveOutcome.DECEASED, WaveOutcome.INELIGIBLE, WaveOutcome.REFUSED,
            WaveOutcome.UNTRACEABLE, WaveOutcome.NOT_INTERVIEWED);

    private final RetentionFacts facts;
    private final StudyDesigns designs;
    private final TracingStore store;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    TracingWorklist(RetentionFacts facts, StudyDesigns designs, TracingStore store, AuditLog auditLog,
                    MessageSource messages, Clock clock) {
        this.facts = facts;
        this.designs = designs;
        this.store = store;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** The worklist for a wave of the study; a null wave id picks the wave whose window is open or next. */
    public Worklist worklist(long studyId, Long waveId, CurrentUser user) {
        ParticipantTracing.requireIdentityAccess(user);
        StudyFacts all = facts.load(studyId, user);
        Wave wave = waveId == null ? all.worklistWave().orElseThrow(() -> new RecordNotFoundException("Wave", "current"))
                : all.design.wave(waveId).orElseThrow(() -> new RecordNotFoundException("Wave", waveId));
        PriorityWeights weights = weights(studyId, user);
        List<WorklistRow> rows = new ArrayList<>();
        for (Participant p : all.participants) {
            var window = all.window(p, wave);
            if (window.isEmpty() || window.get().end().isBefore(all.today)) {
                continue;
            }
            WaveOutcome outcome = all.outcome(p, wave);
            if (OFF_THE_LIST.contains(outcome) || StudyFacts.stopsContact(all.withdrawal(p).orElse(null))) {
                continue;
            }
            TracingSituation situation = situation(all, p, window.get().start(), window.get().end(), weights);
            rows.add(new WorklistRow(p.pseudonym(), all.family(p).code(), p.familyId(), all.role(p).name(),
                    window.get().start(), window.get().end(), situation.lastSuccessfulContact(),
                    situation.failedAttemptsInARow(), PriorityScore.score(situation, weights)));
        }
        rows.sort(Comparator.comparingDouble((WorklistRow r) -> -r.priority().score())
                .thenComparing(WorklistRow::windowCloses).thenComparing(WorklistRow::pseudonym));
        return new Worklist(all.design, wave, weights, rows);
    }

    static TracingSituation situation(StudyFacts all, Participant p, LocalDate opens, LocalDate closes,
                                      PriorityWeights weights) {
        LocalDate today = all.today;
        LocalDate lastSuccess = null;
        ChannelKind lastChannel = null;
        int failedInARow = 0;
        for (ContactAttempt a : all.attempts(p)) {
            if (a.attemptedAt().toLocalDate().isAfter(today)) {
                continue;
            }
            if (a.outcome().successful()) {
                lastSuccess = a.attemptedAt().toLocalDate();
                lastChannel = a.channelKind();
                failedInARow = 0;
            } else {
                failedInARow++;
            }
        }
        Set<ChannelKind> valid = EnumSet.noneOf(ChannelKind.class);
        all.channels(p).stream().filter(c -> c.validOn(today)).forEach(c -> valid.add(c.kind()));
        var place = all.placeOn(p, today);
        boolean inCustody = place.map(l -> l.kind() == PlaceKind.PRISON).orElse(false);
        boolean movedRecently = all.locations(p).stream().anyMatch(l -> !l.movedIn().isAfter(today)
                && !l.movedIn().isBefore(today.minusDays(weights.recentMoveDays())))
                && all.locations(p).size() > 1;
        return new TracingSituation(today, opens, closes, lastSuccess, lastChannel, valid, movedRecently, inCustody,
                failedInARow, valid.contains(ChannelKind.ALTERNATIVE_CONTACT));
    }

    /** The study's weights, or the documented defaults when none are stored. */
    public PriorityWeights weights(long studyId, CurrentUser user) {
        designs.design(studyId, user);
        return store.weights(studyId).orElseGet(PriorityWeights::defaults);
    }

    @Transactional
    public PriorityWeights saveWeights(long studyId, PriorityWeights weights, CurrentUser user) {
        ParticipantTracing.requireIdentityAccess(user);
        PriorityWeights before = weights(studyId, user);
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : weights.problems()) {
            problems.add(new FieldProblem(fieldOf(key), messages.getMessage(key, null, key, java.util.Locale.UK)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        store.saveWeights(studyId, weights, clock.instant().atOffset(ZoneOffset.UTC), user.username());
        auditLog.changed(AuditAction.UPDATE, WEIGHTS, studyId, null, null, "{\"old\":\"" + before + "\",\"new\":\""
                + weights + "\"}");
        return weights;
    }

    /** The form field a weights problem key names: its last part, e.g. ...recentMoveDays. */
    private static String fieldOf(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
