package org.familyties.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.familyties.study.InformantRole;
import org.familyties.study.Participant;
import org.familyties.study.StudyDesign;
import org.familyties.study.StudyFamily;
import org.familyties.study.Wave;
import org.familyties.study.WaveWindow;
import org.familyties.study.Withdrawal;
import org.familyties.study.WithdrawalChoice;

/**
 * Everything retention knows about a study's participants at one moment, loaded in a few queries: what the
 * worklist, pathways and metrics are computed from. Wave outcomes are derived here, in one place.
 */
final class StudyFacts {

    final StudyDesign design;
    final LocalDate today;
    final List<Participant> participants;
    private final Map<Long, StudyFamily> families = new HashMap<>();
    private final Map<Long, InformantRole> roles = new HashMap<>();
    private final Map<String, Withdrawal> withdrawals = new HashMap<>();
    private final Map<String, List<ContactChannel>> channels = new HashMap<>();
    private final Map<String, List<Location>> locations = new HashMap<>();
    private final Map<String, List<ContactAttempt>> attempts = new HashMap<>();
    private final Map<String, Map<Long, WaveOutcome>> statuses = new HashMap<>();
    private final Map<Long, Map<Long, TracingStore.Progress>> progress;

    StudyFacts(StudyDesign design, LocalDate today, List<StudyFamily> families, List<Participant> participants,
               List<Withdrawal> withdrawals, List<ContactChannel> channels, List<Location> locations,
               List<ContactAttempt> attempts, List<WaveStatus> statuses,
               Map<Long, Map<Long, TracingStore.Progress>> progress) {
        this.design = design;
        this.today = today;
        this.participants = List.copyOf(participants);
        families.forEach(f -> this.families.put(f.id(), f));
        design.roles().forEach(r -> roles.put(r.id(), r));
        withdrawals.forEach(w -> this.withdrawals.put(w.pseudonym(), w));
        channels.forEach(c -> this.channels.computeIfAbsent(c.pseudonym(), k -> new ArrayList<>()).add(c));
        locations.forEach(l -> this.locations.computeIfAbsent(l.pseudonym(), k -> new ArrayList<>()).add(l));
        attempts.stream().sorted(Comparator.comparing(ContactAttempt::attemptedAt).thenComparing(ContactAttempt::id))
                .forEach(a -> this.attempts.computeIfAbsent(a.pseudonym(), k -> new ArrayList<>()).add(a));
        statuses.forEach(s -> this.statuses.computeIfAbsent(s.pseudonym(), k -> new HashMap<>()).put(s.waveId(), s.status()));
        this.progress = progress;
    }

    StudyFamily family(Participant p) {
        return families.get(p.familyId());
    }

    InformantRole role(Participant p) {
        return roles.get(p.roleId());
    }

    Optional<Withdrawal> withdrawal(Participant p) {
        return Optional.ofNullable(withdrawals.get(p.pseudonym()));
    }

    List<ContactChannel> channels(Participant p) {
        return channels.getOrDefault(p.pseudonym(), List.of());
    }

    /** Oldest first. */
    List<Location> locations(Participant p) {
        return locations.getOrDefault(p.pseudonym(), List.of());
    }

    /** Oldest first. */
    List<ContactAttempt> attempts(Participant p) {
        return attempts.getOrDefault(p.pseudonym(), List.of());
    }

    List<ContactAttempt> attemptsAt(Participant p, Wave wave) {
        return attempts(p).stream().filter(a -> a.waveId() == wave.id()).toList();
    }

    Optional<WaveWindow.DateRange> window(Participant p, Wave wave) {
        return family(p).windowOf(wave);
    }

    Optional<WaveOutcome> explicitStatus(Participant p, Wave wave) {
        return Optional.ofNullable(statuses.getOrDefault(p.pseudonym(), Map.of()).get(wave.id()));
    }

    /** The wave a participant is being traced for: the first whose window has not closed, else the last. */
    Wave currentWave(Participant p) {
        List<Wave> waves = design.waves();
        for (Wave wave : waves) {
            var window = window(p, wave);
            if (window.isEmpty() || !window.get().end().isBefore(today)) {
                return wave;
            }
        }
        return waves.get(waves.size() - 1);
    }

    /**
     * The wave a study's worklist shows first: the one whose window is open for the most families; when no
     * window is open, the earliest that opens later; else the last wave.
     */
    Optional<Wave> worklistWave() {
        Wave best = null;
        long bestOpen = 0;
        for (Wave wave : design.waves()) {
            long open = families.values().stream().map(f -> f.windowOf(wave))
                    .filter(w -> w.isPresent() && w.get().contains(today)).count();
            if (open > bestOpen) {
                best = wave;
                bestOpen = open;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (Wave wave : design.waves()) {
            if (families.values().stream().map(f -> f.windowOf(wave))
                    .anyMatch(w -> w.isPresent() && w.get().start().isAfter(today))) {
                return Optional.of(wave);
            }
        }
        return design.waves().stream().reduce((a, b) -> b);
    }

    /**
     * A participant's outcome at a wave: completed or partial from the study's records; deceased from a
     * status set at this or an earlier wave; withdrawn from a withdrawal before the window closed; then the
     * status set for this wave; refused from a refusal this wave or a permanent one before; untraceable when
     * the window closed without an interview; pending otherwise.
     */
    WaveOutcome outcome(Participant p, Wave wave) {
        var done = progress.getOrDefault(p.id(), Map.of()).get(wave.id());
        List<String> scheduled = design.instrumentsFor(wave.id(), p.roleId());
        if (done != null && !scheduled.isEmpty() && done.done().containsAll(scheduled)) {
            return WaveOutcome.COMPLETED;
        }
        if (done != null && !done.started().isEmpty()) {
            return WaveOutcome.PARTIAL;
        }
        Map<Long, WaveOutcome> set = statuses.getOrDefault(p.pseudonym(), Map.of());
        boolean deceased = design.waves().stream().filter(w -> w.position() <= wave.position())
                .anyMatch(w -> set.get(w.id()) == WaveOutcome.DECEASED);
        if (deceased) {
            return WaveOutcome.DECEASED;
        }
        var window = window(p, wave);
        Withdrawal withdrawal = withdrawals.get(p.pseudonym());
        if (withdrawal != null && (window.isEmpty() || !withdrawal.withdrawnOn().isAfter(window.get().end()))) {
            return WaveOutcome.WITHDRAWN;
        }
        WaveOutcome explicit = set.get(wave.id());
        if (explicit != null) {
            return explicit;
        }
        if (refused(p, wave)) {
            return WaveOutcome.REFUSED;
        }
        if (attemptsAt(p, wave).stream().anyMatch(a -> a.outcome() == AttemptOutcome.INTERVIEW_DONE)) {
            return WaveOutcome.PARTIAL;
        }
        if (window.isPresent() && window.get().end().isBefore(today)) {
            // reached or found during the wave but never interviewed is not the same loss as never found
            return attemptsAt(p, wave).stream().anyMatch(a -> a.outcome().successful())
                    ? WaveOutcome.NOT_INTERVIEWED : WaveOutcome.UNTRACEABLE;
        }
        return WaveOutcome.PENDING;
    }

    private boolean refused(Participant p, Wave wave) {
        Set<Long> earlier = new java.util.HashSet<>();
        design.waves().stream().filter(w -> w.position() <= wave.position()).forEach(w -> earlier.add(w.id()));
        return attempts(p).stream().anyMatch(a -> a.waveId() == wave.id() && a.outcome().refusal()
                || earlier.contains(a.waveId()) && a.outcome() == AttemptOutcome.REFUSED_PERMANENTLY);
    }

    /** Whether new contact attempts are refused: the participant withdrew and asked not to be contacted. */
    static boolean stopsContact(Withdrawal withdrawal) {
        return withdrawal != null && withdrawal.choice() != WithdrawalChoice.NO_FURTHER_DATA;
    }

    boolean interviewed(Participant p, Wave wave) {
        WaveOutcome o = outcome(p, wave);
        return o == WaveOutcome.COMPLETED || o == WaveOutcome.PARTIAL;
    }

    /** The place a participant was at on a day, if known. */
    Optional<Location> placeOn(Participant p, LocalDate day) {
        List<Location> all = locations(p);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).coversDay(day)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }
}
